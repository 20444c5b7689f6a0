import type { AfterSession } from './after-session';
import type { Prescription } from './care-plan';
import type { SessionRecord } from './session';
import { DEFAULT_LATER_INTERVAL_MINUTES, type SitterObservation } from './session-observation';
import type { SessionStepKind } from './session-step';
import type { Vitals } from './session-vitals';

// Each change to a session is a pure step from one record to the next; the screen saves every one as it happens,
// so a reload, a crash or a locked phone resumes exactly where the session was.

/** What let a session start or a dose be recorded: a check-in that passed, or a pack that does not use one. */
export type SessionStart =
  | { by: 'check-in'; readinessId: string }
  | { by: 'check-in-not-used'; packId: string; packVersion: string };

/** Keeps on the session what allowed it: the check-in's id, or the pack that does not use the check-in. */
export function withStart(session: SessionRecord, start: SessionStart): SessionRecord {
  const { checkInNotUsed: _notUsed, readinessId: _readiness, ...rest } = session;
  return start.by === 'check-in'
    ? { ...rest, readinessId: start.readinessId }
    : { ...rest, checkInNotUsed: { packId: start.packId, packVersion: start.packVersion } };
}

/**
 * Starts a session: the planned one if there is one (planned → active), otherwise a new record. The prescription is
 * copied in so the record keeps the steps it repeated.
 */
export function startSession(options: {
  planned: SessionRecord | undefined;
  newId: string;
  start: SessionStart;
  prescription: Prescription;
  now: Date;
}): SessionRecord {
  const { planned, newId, start, prescription, now } = options;
  const at = now.toISOString();
  const base: SessionRecord = planned ?? { id: newId, createdAt: at, status: 'planned' };
  return withStart(
    {
      ...base,
      status: 'active',
      startedAt: at,
      prescription,
      observationLaterMinutes: base.observationLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES,
    },
    start,
  );
}

/** Records a dosing step at a time; the dose step also starts the session clock. Recording twice keeps the first. */
export function recordStep(session: SessionRecord, kind: SessionStepKind, at: string): SessionRecord {
  if (session.steps?.some((step) => step.kind === kind)) return session;
  const next: SessionRecord = { ...session, steps: [...(session.steps ?? []), { kind, at }] };
  if (kind === 'dose') next.dosedAt = at;
  return next;
}

/** Logs a sitter observation (one per schedule mark: a second log of the same mark replaces the first). */
export function logObservation(session: SessionRecord, observation: SitterObservation): SessionRecord {
  const others = (session.observations ?? []).filter((entry) => entry.dueMinute !== observation.dueMinute);
  return { ...session, observations: [...others, observation].sort((a, b) => a.dueMinute - b.dueMinute) };
}

/** Sets the minutes between sitter observations after the first hour. */
export function setLaterInterval(session: SessionRecord, minutes: number): SessionRecord {
  return { ...session, observationLaterMinutes: minutes };
}

/** Adds a quick note with the time it was saved. */
export function addNote(session: SessionRecord, text: string, at: string): SessionRecord {
  return { ...session, notes: [...(session.notes ?? []), { at, text: text.trim() }] };
}

/** Ends a session with the vitals taken at its end. */
export function endSession(session: SessionRecord, vitals: Vitals, at: string): SessionRecord {
  return { ...session, status: 'ended', endedAt: at, vitalsAfter: vitals };
}

/** Keeps what the person recorded after the session. */
export function recordAfterSession(session: SessionRecord, after: AfterSession): SessionRecord {
  return { ...session, afterSession: after };
}

/** Closes a session in which no dose was taken (the person decided not today). A dosed session must be ended. */
export function closeWithoutDose(session: SessionRecord, at: string): SessionRecord {
  if (session.dosedAt) return session;
  return { ...session, status: 'cancelled', endedAt: at };
}
