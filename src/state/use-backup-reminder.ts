import { useEffect, useState } from 'preact/hooks';
import { type BackupReminder, backupReminder } from '../domain/backup-reminder';
import { installState, storageExpiresInTab } from '../domain/install-advice';
import { readInstallSignals } from '../platform/install-state';
import { readPersistence } from '../platform/persistence';
import { settings } from './settings';

/** Whether to remind the person to back up now (the home card and the settings section both show it). */
export function useBackupReminder(): BackupReminder {
  const [reminder, setReminder] = useState<BackupReminder>(null);
  const { lastBackupAt, persistenceAskedAt } = settings.value;
  useEffect(() => {
    void readPersistence().then((persistence) =>
      setReminder(
        backupReminder({
          persistence,
          lastBackupAt,
          setUpAt: persistenceAskedAt,
          expiresInTab: storageExpiresInTab(installState(readInstallSignals())),
          now: new Date(),
        }),
      ),
    );
  }, [lastBackupAt, persistenceAskedAt]);
  return reminder;
}
