import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every `everyMs` and at once when the page is shown again. Only the display ticks:
 * every countdown and duration is computed from stored times, so throttled timers in a hidden tab never make it wrong.
 */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    addEventListener('pageshow', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      removeEventListener('pageshow', tick);
    };
  }, [everyMs]);
  return now;
}
