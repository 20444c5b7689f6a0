import { lockConversion } from '../../state/app-lock';
import { LockProgress } from '../../ui/LockProgress';
import { Screen } from '../../ui/Screen';
import { ForgotPassphrase } from './ForgotPassphrase';
import { UnlockForm } from './UnlockForm';
import './lock.css';

/**
 * Shown instead of every screen while the app is locked (the emergency card stays open). Focus moves to its heading
 * when it appears. While the lock is being turned on or off, the progress shows instead of the form.
 */
export function LockScreen() {
  const conversion = lockConversion.value;
  return (
    <Screen
      title="Stillpoint is locked"
      intro="Your entries are protected on this device. Type your passphrase to open them."
    >
      {conversion ? <LockProgress {...conversion} /> : <UnlockForm />}
      <p>
        Need help now? The <a href="/emergency">emergency card</a> works while Stillpoint is locked.
      </p>
      <ForgotPassphrase />
    </Screen>
  );
}
