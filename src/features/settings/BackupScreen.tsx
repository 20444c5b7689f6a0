import './backup.css';
import { Screen } from '../../ui/Screen';
import { BackupExportSection } from './BackupExportSection';
import { BackupRestoreSection } from './BackupRestoreSection';
import { EncryptedBackupSection } from './EncryptedBackupSection';
import { EraseSection } from './EraseSection';

/** Backup and restore, and erase everything: keeping one's data safe from accidents, or removing it on purpose. */
export function BackupScreen() {
  return (
    <Screen title="Backup and restore" intro="Keep a copy of your data safe, bring it back, or remove it all.">
      <EncryptedBackupSection />
      <BackupExportSection />
      <BackupRestoreSection />
      <EraseSection />
    </Screen>
  );
}
