import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every second and at once when the page is shown again. Only the display ticks: every
 * duration is computed from stored times, so throttled timers in a hidden tab never make the clock wrong.
 */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = setInterval(tick, 1000);
    document.addEventListener('visibilitychange', tick);
    addEventListener('pageshow', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      removeEventListener('pageshow', tick);
    };
  }, []);
  return now;
}
