import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryForm } from '../../../src/features/journal/EntryForm';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { loadDraft, saveDraft } from '../../../src/storage/drafts-store';
import { makeEntry } from '../../fixtures/journal-builders';

/** The promise is "in storage half a second after the last keystroke"; the margin covers a slow IndexedDB write. */
const HALF_A_SECOND_AND_MARGIN = 800;

function renderForm(props: Partial<Parameters<typeof EntryForm>[0]> = {}) {
  return render(
    <LocationProvider>
      <EntryForm initial={{ text: '', fields: {} }} quick={false} {...props} />
    </LocationProvider>,
  );
}

describe('the entry form keeps every word in a draft', () => {
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(cleanup);

  it('has what was typed in storage half a second after the last keystroke, without leaving the page', async () => {
    const view = renderForm();
    const text = await view.findByLabelText('Your entry');
    fireEvent.input(text, { target: { value: 'The room was very large.' } });
    fireEvent.input(view.getByLabelText('Title (optional)'), { target: { value: 'Evening' } });
    await vi.waitFor(
      async () => {
        const draft = await loadDraft('journal:new');
        expect(draft?.text).toBe('The room was very large.');
        expect(draft?.fields.title).toBe('Evening');
      },
      { timeout: HALF_A_SECOND_AND_MARGIN },
    );
  });

  it('opens again on the stored draft rather than the entry it started from', async () => {
    const entry = makeEntry({ id: 'e1', text: 'Saved text' });
    await saveDraft({ id: 'journal:e1', text: 'Edited, not saved yet', fields: { seeded: '1' }, updatedAt: '' });
    const view = renderForm({ entry, initial: { text: entry.text, fields: {} } });
    await waitFor(async () =>
      expect(((await view.findByLabelText('Your entry')) as HTMLTextAreaElement).value).toBe('Edited, not saved yet'),
    );
  });

  it('shows the saved entry when there is no draft, and keeps its other fields when only one is changed', async () => {
    const entry = makeEntry({ id: 'e2', text: 'Saved text', title: 'Kept title' });
    const view = renderForm({ entry, initial: { text: entry.text, fields: { title: 'Kept title' } } });
    expect(((await view.findByLabelText('Your entry')) as HTMLTextAreaElement).value).toBe('Saved text');
    fireEvent.input(view.getByLabelText('Title (optional)'), { target: { value: 'New title' } });
    await vi.waitFor(
      async () => {
        const draft = await loadDraft('journal:e2');
        expect(draft?.text).toBe('Saved text');
        expect(draft?.fields.title).toBe('New title');
      },
      { timeout: HALF_A_SECOND_AND_MARGIN },
    );
  });
});
