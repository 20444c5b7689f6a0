// The session clock counts from the stored dose time, never from ticks: hidden tabs and locked phones throttle timers.

const MINUTE_MS = 60_000;

/** Milliseconds since the dose (zero before it, and for a dose time that cannot be read). */
export function elapsedSinceDose(dosedAt: string, now: Date): number {
  const start = Date.parse(dosedAt);
  if (Number.isNaN(start)) return 0;
  return Math.max(0, now.getTime() - start);
}

/** Whole minutes since the dose. */
export function minutesSinceDose(dosedAt: string, now: Date): number {
  return Math.floor(elapsedSinceDose(dosedAt, now) / MINUTE_MS);
}

/** A duration as h:mm:ss (or m:ss under an hour), for a clock read at a glance. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** A duration in words for screen readers ("1 hour 5 minutes"), to the minute. */
export function describeDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.max(0, ms) / MINUTE_MS);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
