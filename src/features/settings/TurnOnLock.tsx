import { useState } from 'preact/hooks';
import { READABLE_WHILE_LOCKED } from '../../domain/lock-readable';
import { messageOf } from '../../lib/error-message';
import { DEFAULT_IDLE_MINUTES, IDLE_CHOICES, lockConversion, turnLockOn } from '../../state/app-lock';
import {
  copyMadePassphrase,
  judgeLockPassphrase,
  MIN_LOCK_PASSPHRASE_LENGTH,
  newLockPassphrase,
} from '../../state/lock-passphrase';
import { minutesInWords } from '../../ui/IdleTimeChoice';
import { LockProgress } from '../../ui/LockProgress';
import { NewLockForm, type PassphraseKind } from '../../ui/NewLockForm';
import { Notice } from '../../ui/Notice';
import { ReadableWhileLocked } from '../../ui/ReadableWhileLocked';

/** What a lock action on this screen is told: whether one is running, and where to say it is done. */
export interface LockActionProps {
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onDone: (message: string) => void;
}

/**
 * The lock is off: what it does, the warning that a forgotten passphrase cannot be recovered (with a backup first),
 * then the passphrase, the idle time and the acknowledgement. Progress shows while entries are encrypted.
 */
export function TurnOnLock({ busy, setBusy, onDone }: LockActionProps) {
  const [error, setError] = useState<string | null>(null);
  const conversion = lockConversion.value;

  async function turnOn(passphrase: string, idleMinutes: number, kind: PassphraseKind) {
    setBusy(true);
    setError(null);
    try {
      await turnLockOn(passphrase, idleMinutes, kind);
      onDone(
        `The lock is on. Stillpoint locks itself after ${minutesInWords(idleMinutes)} without use, and a minute after you leave it.`,
      );
    } catch (caught) {
      setError(messageOf(caught, 'The lock could not be turned on. Your entries are as they were.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section class="card" aria-labelledby="lock-what-title">
        <h2 id="lock-what-title">What the lock does</h2>
        <p>
          Everything you keep in Stillpoint is encrypted on this device, but for the few things listed below. The key to
          it exists only while Stillpoint is unlocked.
        </p>
        <p>
          Stillpoint locks itself after the time you choose without use, and a minute after you leave it. The emergency
          card and crisis numbers stay open while it is locked.
        </p>
      </section>
      <ReadableWhileLocked lines={READABLE_WHILE_LOCKED} headingId="lock-readable-title" />
      <div class="notice notice--caution">
        <p>
          <strong>If you forget this passphrase, no one can recover your data — not us, not your care team.</strong>
        </p>
        <p>
          A backup keeps a copy you can bring back. <a href="/settings/backup">Make a backup first</a>
        </p>
      </div>
      {conversion ? <LockProgress {...conversion} /> : null}
      <section class="card" aria-labelledby="lock-choose-title" hidden={Boolean(conversion)}>
        <h2 id="lock-choose-title">Choose a passphrase</h2>
        <NewLockForm
          id="lock-on"
          minLength={MIN_LOCK_PASSPHRASE_LENGTH}
          idleChoices={IDLE_CHOICES}
          initialIdleMinutes={DEFAULT_IDLE_MINUTES}
          submitLabel={busy ? 'Turning on…' : 'Turn on the lock'}
          busy={busy}
          generate={newLockPassphrase}
          judge={judgeLockPassphrase}
          copy={copyMadePassphrase}
          onSubmit={(passphrase, idle, kind) => void turnOn(passphrase, idle, kind)}
        />
      </section>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </>
  );
}
