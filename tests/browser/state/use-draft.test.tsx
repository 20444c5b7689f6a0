import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushAll } from '../../../src/state/app-update';
import { DRAFT_SAVE_DELAY_MS } from '../../../src/state/use-draft';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { loadDraft, saveDraft } from '../../../src/storage/drafts-store';
import { DraftForm } from '../storage/draft-form';

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
    await vi.waitFor(async () => expect((await loadDraft('journal:new'))?.text).toBe('The room felt very large.'), {
      timeout: DRAFT_SAVE_DELAY_MS + 300,
    });
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
