import { z } from 'zod/mini';

/** Who is using this copy of the app. */
export const RoleSchema = z.enum(['patient', 'coach']);
/** Who is using this copy of the app. */
export type Role = z.infer<typeof RoleSchema>;

/** The colour theme a person chose; "dim" is the near-black theme for sessions. */
export const ThemeSchema = z.enum(['system', 'light', 'dark', 'dim']);
/** The colour theme a person chose. */
export type Theme = z.infer<typeof ThemeSchema>;

/** App-wide preferences, stored as one record. */
export const SettingsSchema = z.object({
  role: z.nullable(RoleSchema),
  firstRunDone: z.boolean(),
  theme: ThemeSchema,
  /** ISO time the person was last asked about persistent storage (we ask once, on first run). */
  persistenceAskedAt: z.nullable(z.string()),
  /** ISO time of the last backup the person saved (optional: settings stored before backups existed lack it). */
  lastBackupAt: z.optional(z.string()),
  /**
   * Where the person lives, for the crisis and emergency numbers: a supported country's ISO code, null for
   * "somewhere else", absent when not asked yet (settings stored before this was asked).
   */
  country: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/)))),
  /** ISO time the person dismissed the "add to Home Screen" advice (shown once, on iOS in a Safari tab). */
  homeScreenAdviceSeenAt: z.optional(z.string()),
});
/** App-wide preferences, stored as one record. */
export type Settings = z.infer<typeof SettingsSchema>;
