import { Screen } from '../../ui/Screen';
import { AppearanceSection } from './AppearanceSection';
import { AppLockSection } from './AppLockSection';
import { BackupSection } from './BackupSection';
import { CountrySection } from './CountrySection';
import { InstallSection } from './InstallSection';
import { RoleSection } from './RoleSection';
import { StorageSection } from './StorageSection';

/** Settings: who uses the app, how it looks, and how safely the device keeps its data. */
export function SettingsScreen() {
  return (
    <Screen title="Settings">
      <RoleSection />
      <CountrySection />
      <AppearanceSection />
      <AppLockSection />
      <StorageSection />
      <InstallSection />
      <BackupSection />
      <p class="card">
        <a href="/settings/pack">Safety rules (protocol pack)</a>
      </p>
    </Screen>
  );
}
