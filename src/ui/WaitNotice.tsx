import { useMemo } from 'preact/hooks';
import { describeWait } from '../lib/wait-words';

/**
 * The wait before another passphrase may be tried. The count on screen changes every second, but screen readers hear
 * only two things, politely: how long the wait is when it starts, and that it is over.
 */
export function WaitNotice({ until, left }: { until: number | null; left: number }) {
  const total = useMemo(() => (until === null ? 0 : until - Date.now()), [until]);
  const announcement =
    until === null
      ? ''
      : left > 0
        ? `Too many tries in a row. Please wait ${describeWait(total)} before trying again.`
        : 'You can try again now.';
  return (
    <>
      {left > 0 ? (
        <div class="notice notice--caution" data-testid="passphrase-wait">
          Too many tries in a row. You can try again in {describeWait(left)}.
        </div>
      ) : null}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
