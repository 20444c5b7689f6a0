import { z } from 'zod/mini';
import { AfterSessionSchema } from './after-session';
import { PrescriptionSchema } from './care-plan';
import { SessionNoteSchema } from './session-note';
import { SitterObservationSchema } from './session-observation';
import { SESSION_STATUSES } from './session-status';
import { SessionStepSchema } from './session-step';
import { VitalsSchema } from './session-vitals';

/** Where a dosing session is in its life: planned ahead, under way, or over. */
export const SessionStatusSchema = z.enum(SESSION_STATUSES);
export type { SessionStatus } from './session-status';

/**
 * Field names sessions were stored under before the sitter's observations had their own word (issue 17), and the
 * names they have now. Records on devices and in backups still carry the old ones; the database version stays.
 */
const OLDER_FIELD_NAMES = { checkIns: 'observations', checkInLaterMinutes: 'observationLaterMinutes' } as const;

/** A stored session with its older field names read as today's (a copy: the stored value is never changed). */
function withCurrentNames(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const record: Record<string, unknown> = { ...stored };
  for (const [older, current] of Object.entries(OLDER_FIELD_NAMES)) {
    if (!(older in record)) continue;
    // The app writes only today's name, so a record with both got today's from the app: that one is the newer.
    if (record[current] === undefined) record[current] = record[older];
    delete record[older];
  }
  return record;
}

/**
 * A dosing session: planned in Prepare, started from a check-in, run in session mode, closed with the after-session
 * record. Features add their own optional fields; ids and dates stay in the clear (the app lock encrypts the rest).
 * Reads older field names (see OLDER_FIELD_NAMES) and gives, so writes, only today's.
 */
export const SessionRecordSchema = z.pipe(
  z.transform(withCurrentNames),
  z.object({
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
    /**
     * Why the person started without a readiness check-in. Only older records have it: the typed-reason bypass is gone,
     * and a dose now needs a check-in that passes (or a pack that does not use the check-in).
     */
    startReason: z.optional(z.string().check(z.maxLength(500))),
    /** Set when the session began under a pack that does not use the check-in: which pack said so. */
    checkInNotUsed: z.optional(z.object({ packId: z.string(), packVersion: z.string() })),
    /** The prescription as it stood when the session started, so the record keeps what the steps repeated. */
    prescription: z.optional(PrescriptionSchema),
    /** Dosing steps the person recorded, each with its time. */
    steps: z.optional(z.array(SessionStepSchema)),
    /** Sitter observations during the session (older records call it `checkIns`). */
    observations: z.optional(z.array(SitterObservationSchema)),
    /** Minutes between sitter observations after the first hour (older records: `checkInLaterMinutes`). */
    observationLaterMinutes: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(120))),
    /** Quick notes written during the session. */
    notes: z.optional(z.array(SessionNoteSchema)),
    /** Blood pressure and heart rate at the end of the session. */
    vitalsAfter: z.optional(VitalsSchema),
    /** What the person recorded after the session. */
    afterSession: z.optional(AfterSessionSchema),
  }),
);
/** A dosing session. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
