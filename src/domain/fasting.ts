import type { ProtocolPack } from './protocol-pack';

/** How one fasting window stands: when it is met, and how many whole minutes are left (0 once met). */
export interface FastingWindow {
  metAt: Date;
  minutesLeft: number;
}

/** When a window that began at `last` and lasts `hours` is met, counted from `now`. */
export function fastingWindow(last: Date, hours: number, now: Date): FastingWindow {
  const metAt = new Date(last.getTime() + hours * 3_600_000);
  // Round up: "1 minute left" until the window is truly met, never "0 minutes" too early.
  const minutesLeft = Math.max(0, Math.ceil((metAt.getTime() - now.getTime()) / 60_000));
  return { metAt, minutesLeft };
}

/** Both fasting windows of the pack: food and clear liquids. */
export function fastingStatus(
  lastFoodAt: Date,
  lastDrinkAt: Date,
  pack: ProtocolPack,
  now: Date,
): { food: FastingWindow; liquids: FastingWindow } {
  return {
    food: fastingWindow(lastFoodAt, pack.readiness.food.hours, now),
    liquids: fastingWindow(lastDrinkAt, pack.readiness.clearLiquids.hours, now),
  };
}

/** Minutes as plain words: "2 hours 5 minutes", "45 minutes". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [];
  if (h > 0) parts.push(`${h} ${h === 1 ? 'hour' : 'hours'}`);
  if (m > 0 || h === 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
