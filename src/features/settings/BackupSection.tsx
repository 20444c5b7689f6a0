import { BACKUP_REMINDER_TEXT } from '../../domain/backup-reminder';
import { settings } from '../../state/settings';
import { useBackupReminder } from '../../state/use-backup-reminder';
import { LinkButton } from '../../ui/Button';

/** On the settings screen: when the last backup was made, a reminder when one is due, and the way to the backup page. */
export function BackupSection() {
  const reminder = useBackupReminder();
  const { lastBackupAt } = settings.value;
  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Your data</h2>
      <p>
        {lastBackupAt
          ? `Last backup: ${new Date(lastBackupAt).toLocaleDateString()}.`
          : 'You have not saved a backup from this device yet.'}
      </p>
      {reminder ? <p data-testid="backup-reminder">{BACKUP_REMINDER_TEXT[reminder]}</p> : null}
      <LinkButton href="/settings/backup" variant="secondary">
        Backup, restore or erase
      </LinkButton>
    </section>
  );
}
