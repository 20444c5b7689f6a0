import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { generatePassphrase } from '../../platform/sealed-box';
import { Button } from '../../ui/Button';
import { FocusedNotice } from './FocusedNotice';
import { PassphraseShown } from './PassphraseShown';
import { saveBackup } from './save-backup';

type Step = { kind: 'start'; saved: boolean } | { kind: 'passphrase'; passphrase: string; busy: boolean };

/** The recommended backup: the app makes a passphrase, the person writes it down, then the locked file is saved. */
export function EncryptedBackupSection() {
  const [step, setStep] = useState<Step>({ kind: 'start', saved: false });
  const [error, setError] = useState<string | null>(null);

  async function save(passphrase: string) {
    setStep({ kind: 'passphrase', passphrase, busy: true });
    setError(null);
    try {
      await saveBackup(passphrase);
      setStep({ kind: 'start', saved: true });
    } catch (caught) {
      setStep({ kind: 'passphrase', passphrase, busy: false });
      setError(messageOf(caught, 'The backup could not be made. Please try again.'));
    }
  }

  return (
    <section class="card" aria-labelledby="backup-encrypted-title">
      <h2 id="backup-encrypted-title">Save an encrypted backup</h2>
      <p>
        <strong>Recommended.</strong> One file with everything Stillpoint keeps on this device, locked with a passphrase
        the app makes for you. Without the passphrase no one can read the file.
      </p>
      <p class="muted">
        No backup includes the keys for sharing with your coach: browsers do not let them be copied out. After restoring
        on another device, pair with your coach again.
      </p>
      {step.kind === 'start' ? (
        <>
          {step.saved ? (
            <FocusedNotice>
              Your encrypted backup was saved to your downloads. Keep the passphrase apart from the file. If you did not
              write the passphrase down, make a new backup: this one cannot be opened without it.
            </FocusedNotice>
          ) : null}
          <Button
            onClick={() => {
              setError(null);
              setStep({ kind: 'passphrase', passphrase: generatePassphrase(), busy: false });
            }}
          >
            {step.saved ? 'Make another encrypted backup' : 'Make an encrypted backup'}
          </Button>
        </>
      ) : (
        <PassphraseShown
          passphrase={step.passphrase}
          busy={step.busy}
          onSave={() => void save(step.passphrase)}
          onCancel={() => {
            setError(null);
            setStep({ kind: 'start', saved: false });
          }}
        />
      )}
      {error ? <FocusedNotice tone="danger">{error}</FocusedNotice> : null}
    </section>
  );
}
