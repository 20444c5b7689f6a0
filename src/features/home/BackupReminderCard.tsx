import { useEffect, useState } from 'preact/hooks';
import { BACKUP_REMINDER_TEXT, type BackupReminder, backupReminder } from '../../domain/backup-reminder';
import { readPersistence } from '../../platform/persistence';
import { settings } from '../../state/settings';

/** A calm nudge to save a backup when the browser may delete the data or the last backup is old. */
export function BackupReminderCard() {
  const [reminder, setReminder] = useState<BackupReminder>(null);
  const { lastBackupAt, persistenceAskedAt } = settings.value;
  useEffect(() => {
    void readPersistence().then((persistence) =>
      setReminder(backupReminder({ persistence, lastBackupAt, setUpAt: persistenceAskedAt, now: new Date() })),
    );
  }, [lastBackupAt, persistenceAskedAt]);
  if (!reminder) return null;
  return (
    <section class="card" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">Keep a backup</h2>
      <p>{BACKUP_REMINDER_TEXT[reminder]}</p>
      <a class="btn btn--secondary" href="/settings/backup">
        Save a backup
      </a>
    </section>
  );
}
