// Critical path: the crash screen and the storage-trouble screen show this; the work loads lazily (rescue-copy.ts).
import { useState } from 'preact/hooks';
import { lockStatus } from '../state/app-lock';

type Step = { name: 'start' } | { name: 'passphrase'; passphrase: string; written: boolean } | { name: 'busy' };

/**
 * "Save a copy of my data". With the app lock off, the copy is saved at once (the data is not encrypted on the
 * device either). With the lock on, the app first makes a passphrase and shows it; the copy is sealed with it, as an
 * encrypted backup is, and saved only once the person says it is written down.
 */
export function RescueCopy({ label, done, failed }: { label: string; done: string; failed: string }) {
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [message, setMessage] = useState<string | null>(null);

  async function save(passphrase?: string) {
    setStep({ name: 'busy' });
    try {
      const { downloadRescueCopy } = await import('./rescue-copy');
      await downloadRescueCopy(passphrase);
      setMessage(passphrase ? `${done} It is encrypted: it opens only with the passphrase you wrote down.` : done);
    } catch {
      setMessage(failed);
    }
    setStep({ name: 'start' });
  }

  async function start() {
    setMessage(null);
    if (lockStatus.peek() === 'off') return save();
    try {
      const { newRescuePassphrase } = await import('./rescue-copy');
      setStep({ name: 'passphrase', passphrase: newRescuePassphrase(), written: false });
    } catch {
      setMessage(failed);
    }
  }

  if (step.name === 'passphrase') {
    return (
      <div class="card">
        <p>Your data is protected by the app lock, so the copy is encrypted too. Write down this passphrase:</p>
        <p class="passphrase-shown" data-testid="rescue-passphrase">
          {step.passphrase.replaceAll('-', ' ')}
        </p>
        <label class="choice">
          <input
            type="checkbox"
            checked={step.written}
            onChange={(event) => setStep({ ...step, written: event.currentTarget.checked })}
          />{' '}
          I have written down this passphrase
        </label>
        <div class="btn-row">
          <button type="button" class="btn" disabled={!step.written} onClick={() => void save(step.passphrase)}>
            Save the encrypted copy
          </button>
          <button type="button" class="btn btn--secondary" onClick={() => setStep({ name: 'start' })}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <button type="button" class="btn btn--secondary" disabled={step.name === 'busy'} onClick={() => void start()}>
        {label}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </>
  );
}
