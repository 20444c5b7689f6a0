/** Props of LockProgress. */
export interface LockProgressProps {
  /** Turning the lock on (encrypting) or off (decrypting). */
  direction: 'on' | 'off';
  done: number;
  total: number;
}

/** A quarter of the way, half, three quarters: how far along, in steps worth announcing. */
function milestone(done: number, total: number): number {
  return total > 0 ? Math.min(4, Math.floor((done / total) * 4)) : 0;
}

const MILESTONE_WORDS = [
  'Started.',
  'About a quarter done.',
  'About half done.',
  'About three quarters done.',
  'Done.',
];

/**
 * Progress while entries are encrypted or decrypted in place. The count updates as it goes; screen readers hear only
 * the start and each quarter (a polite live region), not every record.
 */
export function LockProgress({ direction, done, total }: LockProgressProps) {
  const what = direction === 'on' ? 'Protecting your entries' : 'Removing the lock from your entries';
  return (
    <div class="card lock-progress">
      <p id="lock-progress-label">
        {what}… {done} of {total}
      </p>
      <progress aria-labelledby="lock-progress-label" max={Math.max(total, 1)} value={done} />
      <p class="muted">
        Please keep Stillpoint open until this is finished. If it is interrupted, it carries on next time.
      </p>
      <p class="visually-hidden" aria-live="polite">
        {what}. {MILESTONE_WORDS[milestone(done, total)]}
      </p>
    </div>
  );
}
