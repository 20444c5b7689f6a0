import { BACKUP_REMINDER_TEXT } from '../../domain/backup-reminder';
import { useBackupReminder } from '../../state/use-backup-reminder';

/** A calm nudge to save a backup when the browser may delete the data or the last backup is old. */
export function BackupReminderCard() {
  const reminder = useBackupReminder();
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
