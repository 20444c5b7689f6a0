/** How old a backup may get before Stillpoint reminds the person to make a new one. */
export const BACKUP_MAX_AGE_DAYS = 30;

/** Without persistent storage, a backup quiets the reminder for this many days. */
export const NOT_KEPT_QUIET_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the reminder rule needs to know. */
export interface BackupReminderInput {
  /** Whether the browser promised to keep our data ('granted'), refused or cannot say. */
  persistence: 'granted' | 'not-granted' | 'unsupported';
  /** ISO time of the last backup, if any. */
  lastBackupAt?: string | undefined;
  /** ISO time the app was set up (first run), if known: the clock for a person who never backed up. */
  setUpAt?: string | null | undefined;
  /** True on iOS in a browser tab, where the storage is deleted after seven days without a visit. */
  expiresInTab?: boolean;
  now: Date;
}

/** Why to remind: the browser may delete the data, the last backup is old, or there has never been one. */
export type BackupReminder = 'tab-may-delete' | 'not-kept' | 'old' | 'never' | null;

/**
 * On iOS in a tab, remind as when storage is not promised. Remind when the browser has not promised to keep the data (quiet for a week after a backup), or when the last backup (or, with none, the set-up)
 * is more than 30 days old. A fresh install with persistent storage is not nagged.
 */
export function backupReminder({
  persistence,
  lastBackupAt,
  setUpAt,
  expiresInTab = false,
  now,
}: BackupReminderInput): BackupReminder {
  const last = lastBackupAt ? Date.parse(lastBackupAt) : Number.NaN;
  // In an iOS tab the storage is not promised whatever the browser says: remind like 'not-kept', in its own words.
  if (expiresInTab) {
    return Number.isNaN(last) || now.getTime() - last > NOT_KEPT_QUIET_DAYS * DAY_MS ? 'tab-may-delete' : null;
  }
  if (persistence !== 'granted') {
    return Number.isNaN(last) || now.getTime() - last > NOT_KEPT_QUIET_DAYS * DAY_MS ? 'not-kept' : null;
  }
  const since = Number.isNaN(last) ? Date.parse(setUpAt ?? '') : last;
  if (Number.isNaN(since) || now.getTime() - since <= BACKUP_MAX_AGE_DAYS * DAY_MS) return null;
  return Number.isNaN(last) ? 'never' : 'old';
}

/** The reminder in plain words. */
export const BACKUP_REMINDER_TEXT: Record<Exclude<BackupReminder, null>, string> = {
  'tab-may-delete':
    'In a Safari tab, iOS deletes Stillpoint’s data after seven days without a visit. Keep an encrypted backup, and add Stillpoint to your Home Screen.',
  'not-kept':
    'Your browser has not promised to keep Stillpoint’s data. If the device runs low on space it may delete it. A backup keeps a copy safe.',
  old: 'Your last backup is more than 30 days old. A fresh one keeps what you wrote since then.',
  never: 'You have not made a backup yet. A backup keeps a copy of everything in case this device is lost or reset.',
};
