import { useDraft } from '../../../src/state/use-draft';

/** A form backed by a draft, the way the journal uses useDraft: text on screen, and the save error if any. */
export function DraftForm({ id }: { id: string }) {
  const draft = useDraft(id);
  return (
    <div>
      <label>
        Text
        <textarea value={draft.text} onInput={(e) => draft.setText(e.currentTarget.value)} />
      </label>
      <span data-testid="loaded">{String(draft.loaded)}</span>
      {draft.error ? <p role="alert">{draft.error}</p> : null}
    </div>
  );
}
