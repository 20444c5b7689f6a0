import type { ItemPlan } from '../../domain/share-versions';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ItemDetails } from './ItemDetails';
import { previewLines } from './import-bundle';
import type { Preview } from './open-bundle';

function planNote(plan: ItemPlan | undefined): string | null {
  if (plan?.kind === 'changed')
    return `Changed since you received it on ${new Date(plan.previous.receivedAt).toLocaleDateString()}. Both versions are kept.`;
  if (plan?.kind === 'unchanged') return 'You have this already. Nothing new.';
  return null;
}

/** Who sent it (as this device knows them), what it holds, and what is new; nothing is stored until "Add". */
export function PreviewCard(props: { preview: Preview; plans: ItemPlan[]; onAccept: (preview: Preview) => void }) {
  const { preview, plans } = props;
  const { bundle, sender } = preview;
  const what = bundle.type === 'share' ? 'shared' : 'replied with';
  const count = previewLines(preview).length;
  const noun = bundle.type === 'share' ? (count === 1 ? 'item' : 'items') : count === 1 ? 'comment' : 'comments';
  const changed = plans.filter((p) => p.kind === 'changed').length;
  return (
    <section class="card" aria-labelledby="open-preview">
      <h2 id="open-preview">
        {sender.name} {what} {count} {noun}
      </h2>
      {!sender.verified ? (
        <Notice tone="caution">
          A passphrase share cannot prove who made it. It is kept apart from your patients, marked not verified.
        </Notice>
      ) : sender.isNew ? (
        <Notice tone="caution">
          <strong>New sender.</strong> You have not had a share from this key before. Before you rely on it, ask{' '}
          {sender.name} to read you the code on their Coach screen and check it matches this one.
        </Notice>
      ) : null}
      <p>
        Sender's code: <strong data-testid="sender-fingerprint">{sender.fingerprint}</strong>
      </p>
      <p class="muted">
        Sealed {new Date(bundle.createdAt).toLocaleString()}
        {bundle.expiresAt ? `; can be kept until ${new Date(bundle.expiresAt).toLocaleDateString()}` : ''}.
      </p>
      {changed ? (
        <Notice>
          {changed} {changed === 1 ? 'item has' : 'items have'} changed since an earlier share. Both versions will be
          kept and marked.
        </Notice>
      ) : null}
      {bundle.type === 'share' ? (
        <ul class="list-plain">
          {bundle.items.map((item, i) => (
            <li key={item.id}>
              <ItemDetails item={item} />
              {planNote(plans[i]) ? <p class="muted">{planNote(plans[i])}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <ul class="list-plain">
          {bundle.comments.map((c) => (
            <li key={c.id}>
              <p class="muted">On {c.itemLabel}</p>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {preview.alreadyImported ? (
        <Notice>You opened this before. Nothing new to add.</Notice>
      ) : (
        <Button onClick={() => props.onAccept(preview)}>Add to Stillpoint</Button>
      )}
    </section>
  );
}
