import { useEffect, useRef, useState } from 'preact/hooks';
import { lockStatus } from '../../state/app-lock';
import { Screen } from '../../ui/Screen';
import { LockOnSettings } from './LockOnSettings';
import { SharingKeySection } from './SharingKeySection';
import { TurnOnLock } from './TurnOnLock';

/**
 * Settings → App lock. Shows the set-up while the lock is off and the controls while it is on; it follows the lock
 * (another tab may change it) except while this screen is changing it, so a form never vanishes mid-way.
 */
export function AppLockScreen() {
  const on = lockStatus.value !== 'off';
  const [busy, setBusy] = useState(false);
  const [shownOn, setShownOn] = useState(on);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!busy) setShownOn(on);
  }, [on, busy]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const actions = {
    busy,
    setBusy(next: boolean) {
      if (next) setDone(null);
      setBusy(next);
    },
    onDone: setDone,
  };
  return (
    <Screen title="App lock" intro="A passphrase that keeps what you write private on this device.">
      {done ? (
        <p class="notice" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}
      {shownOn ? <LockOnSettings {...actions} /> : <TurnOnLock {...actions} />}
      <SharingKeySection />
    </Screen>
  );
}
