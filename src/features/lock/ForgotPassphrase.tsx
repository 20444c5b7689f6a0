import { eraseEverything } from '../../state/app-actions';
import { EraseForm } from '../../ui/EraseForm';

/** What to do about a forgotten passphrase, said plainly: nobody can recover it; erasing is the only way on. */
export function ForgotPassphrase() {
  return (
    <details class="lock-forgot">
      <summary>Forgot your passphrase?</summary>
      <p>
        No one can recover it: not us, not your care team. It was never written down or sent anywhere, so there is
        nothing to reset it from.
      </p>
      <p>
        First, try once more slowly, with <strong>Show</strong> on, so you can see each letter.
      </p>
      <p>
        If it is truly lost, the only way on is to erase everything Stillpoint keeps on this device and start again. If
        you made a backup, you can bring it back afterwards in Settings, under Backup and restore (you will need the
        backup file).
      </p>
      <EraseForm onErase={eraseEverything}>
        <p>
          This removes everything on this device: journal, voice notes, sessions, readings, care plan and settings. It
          cannot be undone.
        </p>
      </EraseForm>
    </details>
  );
}
