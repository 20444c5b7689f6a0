import { useEffect, useState } from 'preact/hooks';

/** Milliseconds from now until `until` (a Date.now() time), never below 0. */
function msUntil(until: number | null): number {
  return until === null ? 0 : Math.max(0, until - Date.now());
}

/**
 * Milliseconds left until `until` (a Date.now() time), updated once a second; 0 when it has passed or is null.
 * The timer stops at 0, so nothing ticks while there is no wait.
 */
export function useCountdown(until: number | null): number {
  const [ms, setMs] = useState(() => msUntil(until));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const next = msUntil(until);
      setMs(next);
      // Wake on the next whole second of the wait, so the number shown never skips or lingers.
      if (next > 0) timer = setTimeout(tick, next % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  return ms;
}
