import { z } from 'zod/mini';
import { AfterSessionSchema } from './after-session';
import { PrescriptionSchema } from './care-plan';
import { SitterCheckInSchema } from './session-check-in';
import { SessionNoteSchema } from './session-note';
import { SessionStepSchema } from './session-step';
import { VitalsSchema } from './session-vitals';

/** Where a dosing session is in its life: planned ahead, under way, or over. */
export const SessionStatusSchema = z.enum(['planned', 'active', 'ended', 'cancelled']);
/** Where a dosing session is in its life. */
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/**
 * A dosing session: planned in Prepare, started from a check-in, run in session mode, closed with the after-session
 * record. Features add their own optional fields; ids and dates stay in the clear (the app lock encrypts the rest).
 */
export const SessionRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  status: SessionStatusSchema,
  /** ISO date-time the session is planned for, if planned ahead. */
  scheduledFor: z.optional(z.string()),
  /** The intention the person set while preparing. */
  intention: z.optional(z.string()),
  /** The readiness check-in this session was started from. */
  readinessId: z.optional(z.string()),
  /** ISO time of the dose (the session clock counts from here). */
  dosedAt: z.optional(z.string()),
  endedAt: z.optional(z.string()),
  // Session mode's own fields (all optional: other areas read this record and older records lack them).
  /** ISO time session mode was opened for it. */
  startedAt: z.optional(z.string()),
  /** Why the person started without a readiness check-in (required then, kept with the session). */
  startReason: z.optional(z.string().check(z.maxLength(500))),
  /** The prescription as it stood when the session started, so the record keeps what the steps repeated. */
  prescription: z.optional(PrescriptionSchema),
  /** Dosing steps the person recorded, each with its time. */
  steps: z.optional(z.array(SessionStepSchema)),
  /** Sitter check-ins during the session. */
  checkIns: z.optional(z.array(SitterCheckInSchema)),
  /** Minutes between sitter check-ins after the first hour. */
  checkInLaterMinutes: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(120))),
  /** Quick notes written during the session. */
  notes: z.optional(z.array(SessionNoteSchema)),
  /** Blood pressure and heart rate at the end of the session. */
  vitalsAfter: z.optional(VitalsSchema),
  /** What the person recorded after the session. */
  afterSession: z.optional(AfterSessionSchema),
});
/** A dosing session. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
