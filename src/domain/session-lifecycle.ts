import type { AfterSession } from './after-session';
import type { Prescription } from './care-plan';
import type { SessionRecord } from './session';
import { DEFAULT_LATER_INTERVAL_MINUTES, type SitterCheckIn } from './session-check-in';
import type { SessionStepKind } from './session-step';
import type { Vitals } from './session-vitals';

// Each change to a session is a pure step from one record to the next; the screen saves every one as it happens,
// so a reload, a crash or a locked phone resumes exactly where the session was.

/** How a session is being started: from a readiness check-in, or without one and why. */
export type SessionStart =
  | { readinessId: string; startReason?: undefined }
  | { readinessId?: undefined; startReason: string };

/** Whether a reason for starting without a check-in is long enough to mean something. */
export function isStartReasonGiven(reason: string): boolean {
  return reason.trim().length >= 3;
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
  const next: SessionRecord = {
    ...base,
    status: 'active',
    startedAt: at,
    prescription,
    checkInLaterMinutes: base.checkInLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES,
  };
  if (start.readinessId !== undefined) next.readinessId = start.readinessId;
  else next.startReason = start.startReason.trim();
  return next;
}

/** Records a dosing step at a time; the dose step also starts the session clock. Recording twice keeps the first. */
export function recordStep(session: SessionRecord, kind: SessionStepKind, at: string): SessionRecord {
  if (session.steps?.some((step) => step.kind === kind)) return session;
  const next: SessionRecord = { ...session, steps: [...(session.steps ?? []), { kind, at }] };
  if (kind === 'dose') next.dosedAt = at;
  return next;
}

/** Logs a sitter check-in (one per schedule mark: a second log of the same mark replaces the first). */
export function logCheckIn(session: SessionRecord, checkIn: SitterCheckIn): SessionRecord {
  const others = (session.checkIns ?? []).filter((entry) => entry.dueMinute !== checkIn.dueMinute);
  return { ...session, checkIns: [...others, checkIn].sort((a, b) => a.dueMinute - b.dueMinute) };
}

/** Sets the minutes between sitter check-ins after the first hour. */
export function setLaterInterval(session: SessionRecord, minutes: number): SessionRecord {
  return { ...session, checkInLaterMinutes: minutes };
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
