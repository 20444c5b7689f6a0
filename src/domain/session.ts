import { z } from 'zod/mini';

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
});
/** A dosing session. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
