// A returning patient's year with Stillpoint, as records for the stores the home screen reads. Deterministic.
import { makeEntries, makeSession } from '../fixtures/journal-builders.ts';
import { makeScaleResult } from '../fixtures/scale-results.ts';

const DAY_MS = 86_400_000;

/** Records by store name: a journal entry a day, a session a month, PHQ-9 and GAD-7 twice a month, one draft. */
export function yearOfData(now = Date.now()): Record<string, unknown[]> {
  const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const entries = makeEntries(365, 7).map((entry, i) => ({ ...entry, createdAt: daysAgo(i), updatedAt: daysAgo(i) }));
  const sessions = Array.from({ length: 12 }, (_, i) =>
    makeSession({ id: `session-${i}`, createdAt: daysAgo(30 * i + 5), status: 'ended' }),
  );
  sessions.push(makeSession({ id: 'session-next', createdAt: daysAgo(1), status: 'planned' }));
  const scaleResults = Array.from({ length: 24 }, (_, i) => [
    makeScaleResult({ completedAt: daysAgo(15 * i + 1) }),
    makeScaleResult({
      scaleId: 'gad7',
      completedAt: daysAgo(15 * i + 1),
      answers: Object.fromEntries(Array.from({ length: 7 }, (_, n) => [`gad7-${n + 1}`, 1])),
      total: 7,
      band: 'Mild',
    }),
  ]).flat();
  const drafts = [{ id: 'journal:new', text: 'Half a thought from last night.', fields: {}, updatedAt: daysAgo(0) }];
  return { entries, sessions, scaleResults, drafts };
}
