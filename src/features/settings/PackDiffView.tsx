import { useEffect, useRef, useState } from 'preact/hooks';
import { looseningChanges } from '../../domain/pack-loosening';
import { mayLoosenAtOnce, type PackSigner, type PackTrust } from '../../domain/pack-trust';
import type { ProtocolPack } from '../../domain/protocol-pack';
import type { PackChange } from '../../domain/protocol-pack-diff';
import { Button } from '../../ui/Button';
import { PackTrustNotice } from './PackTrustNotice';

const DIRECTION_WORD = { tighter: 'stricter', looser: 'less strict' } as const;

/**
 * What a new pack would change, line by line, and who made it, with Apply and Don't apply. Nothing changes without
 * a tap here.
 */
export function PackDiffView({
  current,
  next,
  changes,
  trust,
  busy,
  onApply,
  onCancel,
  onCompared,
}: {
  current: ProtocolPack;
  next: ProtocolPack;
  changes: readonly PackChange[];
  /** Who made it (a pack stopped as a look-alike never reaches the review). */
  trust: Exclude<PackTrust, { kind: 'look-alike' }>;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
  /** The person compared the signing key's code with the clinic's papers. */
  onCompared: (signer: PackSigner, matched: boolean) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [next]);
  const looser = changes.filter((c) => c.direction === 'looser').length;
  // Only a pack signed by a pinned clinic key may loosen a rule at once; any other needs a second confirmation.
  const loosening = mayLoosenAtOnce(trust) ? [] : looseningChanges(changes);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setConfirming(false), [next, trust.kind]);
  return (
    <section class="card pack-diff" aria-labelledby="pack-diff-title">
      <h2 id="pack-diff-title" tabIndex={-1} ref={heading}>
        {next.name}, version {next.version}
      </h2>
      <p>
        Says it is from {next.publisher}. It would replace {current.name}, version {current.version}.
      </p>
      <PackTrustNotice trust={trust} publisher={next.publisher} onCompared={onCompared} />
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
      {confirming ? (
        <div role="alert" class="pack-loosening">
          <p>
            <strong>
              This pack is not verified, and it makes{' '}
              {loosening.length === 1 ? 'this rule' : `these ${loosening.length} rules`} less safe:
            </strong>
          </p>
          <ul data-testid="pack-loosened">
            {loosening.map((change) => (
              <li key={change.key}>{change.text}</li>
            ))}
          </ul>
          <p>Apply them only if your clinic told you, in person or on a call, that they changed these rules.</p>
        </div>
      ) : null}
      <div class="btn-row">
        {confirming ? (
          <Button disabled={busy} onClick={onApply}>
            Yes, apply the less safe {loosening.length === 1 ? 'rule' : 'rules'}
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => (loosening.length > 0 ? setConfirming(true) : onApply())}>
            Apply these rules
          </Button>
        )}
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          Don’t apply
        </Button>
      </div>
    </section>
  );
}
