import { useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { lockRetryWaitMs, unlock } from '../../state/app-lock';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { useCountdown } from '../../ui/use-countdown';
import { WaitNotice } from '../../ui/WaitNotice';

const WRONG = 'That passphrase is not right. Nothing was changed.';

/**
 * The passphrase and the Unlock button. A wrong passphrase gets a calm message; after several, the engine asks for a
 * wait, shown as a countdown with the button disabled. A wait still running after a reload is shown too.
 */
export function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  // Counts wrong tries, so the same message is announced again after another wrong try (0: none showing).
  const [wrong, setWrong] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const waitLeft = useCountdown(waitUntil);
  const waiting = waitLeft > 0;
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let gone = false;
    lockRetryWaitMs()
      .then((ms) => !gone && ms > 0 && setWaitUntil(Date.now() + ms))
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || waiting) return;
    if (!passphrase) {
      setError('Type your passphrase first.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await unlock(passphrase);
      // On success the app swaps this screen for the one the person was on; nothing more to do here.
      if (result.ok) return;
      setWrong(result.reason === 'wrong' ? wrong + 1 : 0);
      setWaitUntil(result.retryInMs > 0 ? Date.now() + result.retryInMs : null);
    } catch (caught) {
      setError(messageOf(caught, 'Stillpoint could not unlock just now. Please try again.'));
    } finally {
      setBusy(false);
      field.current?.focus();
    }
  }

  return (
    <form class="card unlock-form" onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseInput
        id="unlock-passphrase"
        label="Passphrase"
        autocomplete="current-password"
        value={passphrase}
        inputRef={field}
        onInput={(value) => {
          setPassphrase(value);
          setWrong(0);
          setError(null);
        }}
      />
      {wrong ? (
        <Notice key={wrong} tone="caution">
          {WRONG}
        </Notice>
      ) : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <WaitNotice until={waitUntil} left={waitLeft} />
      <Button type="submit" large disabled={busy || waiting}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
    </form>
  );
}
