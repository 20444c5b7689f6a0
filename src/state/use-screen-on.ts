import { useEffect, useRef, useState } from 'preact/hooks';
import { holdScreenOn, type WakeHold, wakeLockSupported } from '../platform/wake-lock';

/** Whether the screen is kept on: asking, held, lost (refused or dropped: a tap may win it back), or not possible. */
export type ScreenOnState = 'asking' | 'held' | 'lost' | 'unsupported';

/** Keeps the screen on while `active`; says how that stands, and gives the retry a "Keep the screen on" tap calls. */
export function useScreenOn(active: boolean): { state: ScreenOnState; retry: () => void } {
  const [held, setHeld] = useState<boolean | null>(null);
  const hold = useRef<WakeHold | null>(null);
  useEffect(() => {
    if (!active) return;
    const made = holdScreenOn(setHeld);
    hold.current = made;
    return () => {
      made.release();
      hold.current = null;
      setHeld(null);
    };
  }, [active]);
  const state: ScreenOnState = !wakeLockSupported() ? 'unsupported' : held === null ? 'asking' : held ? 'held' : 'lost';
  return { state, retry: () => hold.current?.retry() };
}
