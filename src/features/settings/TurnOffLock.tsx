import { useRef, useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { lockConversion, turnLockOff } from '../../state/app-lock';
import { Button } from '../../ui/Button';
import { LockProgress } from '../../ui/LockProgress';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { WaitNotice } from '../../ui/WaitNotice';
import type { LockActionProps } from './TurnOnLock';
import { usePassphraseTries, WRONG_PASSPHRASE } from './use-passphrase-tries';

/** Turn the lock off: the passphrase once more, then every entry is decrypted in place, with progress. */
export function TurnOffLock({ busy, setBusy, onDone }: LockActionProps) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tries = usePassphraseTries();
  const field = useRef<HTMLInputElement>(null);
  const conversion = lockConversion.value;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || tries.waitLeft > 0) return;
    if (!passphrase) {
      setProblem('Type your passphrase to turn the lock off.');
      field.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      if (tries.record(await turnLockOff(passphrase))) {
        onDone('The lock is off. Your entries are stored on this device without the passphrase again.');
      } else field.current?.focus();
    } catch (caught) {
      setError(messageOf(caught, 'The lock could not be turned off. It is still on, and your entries are safe.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="lock-off-title">
      <h2 id="lock-off-title">Turn the lock off</h2>
      <p>
        Turning the lock off decrypts your entries on this device: anyone who opens Stillpoint here can read them again.
        You can turn the lock on again at any time.
      </p>
      {conversion?.direction === 'off' ? <LockProgress {...conversion} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate hidden={Boolean(conversion)}>
        <PassphraseInput
          id="lock-off-passphrase"
          label="Your passphrase"
          autocomplete="current-password"
          value={passphrase}
          error={problem}
          inputRef={field}
          onInput={(value) => {
            setPassphrase(value);
            setProblem(null);
            tries.clear();
          }}
        />
        {tries.wrong ? (
          <Notice key={tries.wrong} tone="caution">
            {WRONG_PASSPHRASE}
          </Notice>
        ) : null}
        <WaitNotice until={tries.waitUntil} left={tries.waitLeft} />
        <Button type="submit" variant="secondary" disabled={busy || tries.waitLeft > 0}>
          {busy ? 'Turning off…' : 'Turn off the lock'}
        </Button>
      </form>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
