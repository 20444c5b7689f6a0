import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushAll } from '../../../src/state/app-update';
import { DRAFT_SAVE_DELAY_MS, useDraft } from '../../../src/state/use-draft';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { loadDraft, saveDraft } from '../../../src/storage/drafts-store';

function DraftForm({ id }: { id: string }) {
  const draft = useDraft(id);
  return (
    <div>
      <label>
        Text
        <textarea value={draft.text} onInput={(e) => draft.setText(e.currentTarget.value)} />
      </label>
      <span data-testid="loaded">{String(draft.loaded)}</span>
    </div>
  );
}

describe('useDraft in a real browser (IndexedDB)', () => {
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(cleanup);

  it('writes what is typed within half a second of the last keystroke', async () => {
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect(view.getByTestId('loaded').textContent).toBe('true'));
    fireEvent.input(view.getByLabelText('Text'), { target: { value: 'The room felt very large.' } });
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 150));
    expect((await loadDraft('journal:new'))?.text).toBe('The room felt very large.');
  });

  it('restores a stored draft when the form opens again', async () => {
    await saveDraft({ id: 'journal:new', text: 'Kept from before.', fields: {}, updatedAt: new Date().toISOString() });
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect((view.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('Kept from before.'));
  });

  it('saves at once when asked to flush (before an update reloads the page)', async () => {
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect(view.getByTestId('loaded').textContent).toBe('true'));
    fireEvent.input(view.getByLabelText('Text'), { target: { value: 'Typed just now.' } });
    await flushAll();
    expect((await loadDraft('journal:new'))?.text).toBe('Typed just now.');
  });
});
