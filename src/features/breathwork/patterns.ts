// Finding a pattern by id, whether it is in the library or one the person made.
import { MAX_PRACTICE_MINUTES } from '../../domain/breath-engine';
import type { BreathPattern } from '../../domain/breath-pattern';
import { messageOf } from '../../lib/error-message';
import { breathLibraryInForce } from '../../state/pack-breath-patterns';
import { listCustomPatterns, loadCustomPattern } from '../../storage/breath-patterns-store';

/** A library or custom pattern by id (undefined when there is none, or the stored one did not parse). */
export async function findPattern(id: string): Promise<BreathPattern | undefined> {
  return breathLibraryInForce().find((pattern) => pattern.id === id) ?? (await loadCustomPattern(id));
}

/** The library followed by the person's own patterns. A storage failure leaves the library usable. */
export async function allPatterns(): Promise<{ patterns: BreathPattern[]; error: string | null }> {
  try {
    return { patterns: [...breathLibraryInForce(), ...(await listCustomPatterns())], error: null };
  } catch (caught) {
    return {
      patterns: [...breathLibraryInForce()],
      error: messageOf(caught, 'Could not read.'),
    };
  }
}

/** Lengths a person can pick, in minutes. */
export const LENGTH_CHOICES = [1, 2, 3, 4, 5, 10, 15, 20, 30] as const;

/** "4:05" from milliseconds (rounded up, so it never shows 0:00 while time is left). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "5 minutes", "1 minute", "30 seconds". */
export function formatLength(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)} seconds`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The minutes asked for in a link (`?minutes=5`), if they are a whole number from 1 to 120; otherwise undefined. */
export function minutesFromQuery(value: string | undefined): number | undefined {
  const minutes = Number(value);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_PRACTICE_MINUTES ? minutes : undefined;
}
