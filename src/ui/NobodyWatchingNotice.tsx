import { smsHref, telHref } from '../lib/phone-links';
import type { CrisisLine } from './CrisisList';

/**
 * The honest line wherever a person writes or scores: nobody reads it as it is written, shared items are read only
 * when the coach opens them, and the crisis numbers are right beside it.
 */
export function NobodyWatchingNotice({ lines, label }: { lines: readonly CrisisLine[]; label: string }) {
  return (
    <aside class="notice" aria-label="Nobody is watching in real time" data-testid="nobody-watching">
      <p>
        Nobody watches what you write or score here as you do it. Anything you share is read only when your coach opens
        it, which may be days later. If you need help now:
      </p>
      <p class="btn-row">
        {lines.map((line) =>
          line.channels.includes('call') ? (
            <a key={line.id} class="btn btn--secondary" href={telHref(line.number)}>
              Call {line.shown ?? line.number} ({line.name})
            </a>
          ) : (
            <a key={line.id} class="btn btn--secondary" href={smsHref(line.number, line.textBody)}>
              Text {line.textBody ? `${line.textBody} to ` : ''}
              {line.shown ?? line.number} ({line.name})
            </a>
          ),
        )}
      </p>
      <p class="muted">{label}</p>
    </aside>
  );
}
