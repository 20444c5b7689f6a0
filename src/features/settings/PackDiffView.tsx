import { useEffect, useRef } from 'preact/hooks';
import type { ProtocolPack } from '../../domain/protocol-pack';
import type { PackChange } from '../../domain/protocol-pack-diff';
import { Button } from '../../ui/Button';

const DIRECTION_WORD = { tighter: 'stricter', looser: 'less strict' } as const;

/** What a new pack would change, line by line, with Apply and Don't apply. Nothing changes without a tap here. */
export function PackDiffView({
  current,
  next,
  changes,
  busy,
  onApply,
  onCancel,
}: {
  current: ProtocolPack;
  next: ProtocolPack;
  changes: readonly PackChange[];
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [next]);
  const looser = changes.filter((c) => c.direction === 'looser').length;
  return (
    <section class="card pack-diff" aria-labelledby="pack-diff-title">
      <h2 id="pack-diff-title" tabIndex={-1} ref={heading}>
        {next.name}, version {next.version}
      </h2>
      <p>
        From {next.publisher}. It would replace {current.name}, version {current.version}.
      </p>
      {changes.length === 0 ? (
        <p>It has the same rules as the ones you use now.</p>
      ) : (
        <>
          <p>
            <strong>
              {changes.length} {changes.length === 1 ? 'change' : 'changes'}
            </strong>
            {looser > 0 ? `, ${looser} of them less strict than now` : ''}:
          </p>
          <ul data-testid="pack-changes">
            {changes.map((change) => (
              <li key={change.key}>
                {change.text}
                {change.direction ? <strong> ({DIRECTION_WORD[change.direction]})</strong> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>Only apply rules that come from your own clinic or care team.</p>
      <div class="btn-row">
        <Button disabled={busy} onClick={onApply}>
          Apply these rules
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          Don’t apply
        </Button>
      </div>
    </section>
  );
}
