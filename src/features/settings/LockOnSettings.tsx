import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { IDLE_CHOICES, lockIdleMinutes, lockNow, setLockIdleMinutes } from '../../state/app-lock';
import { Button } from '../../ui/Button';
import { IdleTimeChoice } from '../../ui/IdleTimeChoice';
import { Notice } from '../../ui/Notice';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { TurnOffLock } from './TurnOffLock';
import type { LockActionProps } from './TurnOnLock';

/** The lock is on: lock now, how long before it locks itself, change the passphrase, or turn it off. */
export function LockOnSettings(props: LockActionProps) {
  const [idleSaved, setIdleSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function chooseIdle(minutes: number) {
    setIdleSaved(null);
    setError(null);
    try {
      await setLockIdleMinutes(minutes);
      setIdleSaved('Saved.');
    } catch (caught) {
      setError(messageOf(caught, 'That could not be saved. The lock keeps the time it had.'));
    }
  }

  async function lock() {
    setError(null);
    try {
      await lockNow({ everywhere: true });
    } catch (caught) {
      setError(messageOf(caught, 'Stillpoint could not lock just now. Please try again.'));
    }
  }

  return (
    <>
      <section class="card" aria-labelledby="lock-now-title">
        <h2 id="lock-now-title">Lock now</h2>
        <p>Your entries are encrypted on this device. Lock Stillpoint now if you are handing the phone to someone.</p>
        <Button onClick={() => void lock()} disabled={props.busy}>
          Lock now
        </Button>
      </section>
      <section class="card" aria-labelledby="lock-idle-title">
        <h2 id="lock-idle-title">When it locks itself</h2>
        <p class="muted">Also a minute after you leave Stillpoint, and never during a session.</p>
        <IdleTimeChoice
          name="lock-idle"
          choices={IDLE_CHOICES}
          value={lockIdleMinutes.value}
          disabled={props.busy}
          onChange={(minutes) => void chooseIdle(minutes)}
        />
        <p class="status-line" role="status">
          {idleSaved}
        </p>
      </section>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <ChangePassphraseForm {...props} />
      <TurnOffLock {...props} />
    </>
  );
}
