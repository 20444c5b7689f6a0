import { useState } from 'preact/hooks';
import { READABLE_WHILE_LOCKED } from '../../domain/lock-readable';
import { messageOf } from '../../lib/error-message';
import {
  DEFAULT_IDLE_MINUTES,
  IDLE_CHOICES,
  lockConversion,
  lockIdleMinutes,
  lockStatus,
  turnLockOn,
} from '../../state/app-lock';
import {
  copyMadePassphrase,
  judgeLockPassphrase,
  MIN_LOCK_PASSPHRASE_LENGTH,
  newLockPassphrase,
} from '../../state/lock-passphrase';
import { Button } from '../../ui/Button';
import { minutesInWords } from '../../ui/IdleTimeChoice';
import { LockProgress } from '../../ui/LockProgress';
import { NewLockForm, type PassphraseKind } from '../../ui/NewLockForm';
import { Notice } from '../../ui/Notice';
import { ReadableWhileLocked } from '../../ui/ReadableWhileLocked';
import { Screen } from '../../ui/Screen';

type Stage = { name: 'ask' } | { name: 'choose' } | { name: 'done'; idleMinutes: number };

/**
 * The first run's optional step: an app lock. "Not now" goes straight in (it can be set up later in Settings); "Set a
 * passphrase" says first that a forgotten passphrase cannot be recovered, then asks for it.
 */
export function LockOffer({ onFinish }: { onFinish: () => Promise<void> }) {
  // Already on (set here, then the page was reloaded before Continue): nothing left to offer.
  const [stage, setStage] = useState<Stage>(() =>
    lockStatus.peek() === 'off' ? { name: 'ask' } : { name: 'done', idleMinutes: lockIdleMinutes.peek() },
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conversion = lockConversion.value;

  async function finish() {
    setBusy(true);
    setError(null);
    try {
      await onFinish();
    } catch (caught) {
      setError(messageOf(caught, 'Could not save. Please try again.'));
      setBusy(false);
    }
  }

  async function turnOn(passphrase: string, idleMinutes: number, kind: PassphraseKind) {
    setBusy(true);
    setError(null);
    try {
      await turnLockOn(passphrase, idleMinutes, kind);
      setStage({ name: 'done', idleMinutes });
    } catch (caught) {
      setError(messageOf(caught, 'The lock could not be turned on. You can try again, or set it up later.'));
    } finally {
      setBusy(false);
    }
  }

  const errorNotice = error ? <Notice tone="danger">{error}</Notice> : null;
  if (stage.name === 'done') {
    return (
      <Screen title="The lock is on">
        <p>
          Stillpoint locks itself after {minutesInWords(stage.idleMinutes)} without use, and a minute after you leave
          it. The emergency card and crisis numbers stay open while it is locked.
        </p>
        <p>Keep your passphrase somewhere safe. No one can recover it for you.</p>
        {errorNotice}
        <Button large onClick={() => void finish()} disabled={busy}>
          Continue
        </Button>
      </Screen>
    );
  }

  return (
    <Screen title="Protect Stillpoint with a passphrase?">
      <p>
        With a passphrase, what you keep in Stillpoint is encrypted on this device, and Stillpoint locks itself when you
        leave it. You can set this up later in Settings.
      </p>
      <div class="notice notice--caution">
        <p>
          <strong>If you forget this passphrase, no one can recover your data — not us, not your care team.</strong>
        </p>
      </div>
      {conversion ? <LockProgress {...conversion} /> : null}
      {stage.name === 'choose' ? (
        <ReadableWhileLocked lines={READABLE_WHILE_LOCKED} headingId="offer-readable-title" />
      ) : null}
      {stage.name === 'choose' ? (
        <section class="card" aria-labelledby="offer-choose-title" hidden={Boolean(conversion)}>
          <h2 id="offer-choose-title">Choose a passphrase</h2>
          <NewLockForm
            id="offer"
            minLength={MIN_LOCK_PASSPHRASE_LENGTH}
            idleChoices={IDLE_CHOICES}
            initialIdleMinutes={DEFAULT_IDLE_MINUTES}
            submitLabel={busy ? 'Turning on…' : 'Turn on the lock'}
            busy={busy}
            autoFocus
            generate={newLockPassphrase}
            judge={judgeLockPassphrase}
            copy={copyMadePassphrase}
            onSubmit={(passphrase, idle, kind) => void turnOn(passphrase, idle, kind)}
          />
        </section>
      ) : null}
      {errorNotice}
      <div class="btn-row">
        {stage.name === 'ask' ? (
          <Button onClick={() => setStage({ name: 'choose' })} disabled={busy}>
            Set a passphrase
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => void finish()} disabled={busy}>
          Not now
        </Button>
      </div>
    </Screen>
  );
}
