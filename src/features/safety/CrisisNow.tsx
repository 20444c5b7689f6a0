import { useEffect, useId, useRef } from 'preact/hooks';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { CrisisList } from '../../ui/CrisisList';
import { Notice } from '../../ui/Notice';

/**
 * Crisis lines shown at once, with a plain line of what to do. `first` is for a plan or intent to end one's life: it
 * takes focus, so a screen reader and a keyboard land on the numbers before anything else.
 */
export function CrisisNow({ first = false, children }: { first?: boolean; children?: preact.ComponentChildren }) {
  const lines = crisisLinesInForce.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (first) heading.current?.focus();
  }, [first]);
  return (
    <section class="card" aria-labelledby={titleId} data-testid="crisis-now">
      <Notice tone="danger">
        <h2 id={titleId} tabIndex={-1} ref={heading}>
          Please reach out now. You do not have to carry this alone.
        </h2>
        <p>Call or text a crisis line, or emergency services if you are in danger.</p>
        {children}
      </Notice>
      <CrisisList lines={lines.resources} label={lines.label} headingLevel={3} />
    </section>
  );
}
