import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_MAX_WAIT_MS } from '../../../src/state/use-draft';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { loadDraft } from '../../../src/storage/drafts-store';
import { DraftForm } from '../storage/draft-form';

/** Resolves after the browser has had `ms` to run its timers (the pace of a steady typist, not a stand-in wait). */
const keyGap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useDraft while someone types without pausing', () => {
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(cleanup);

  it('stores the text at least once a second even though no keystroke is ever followed by a pause', async () => {
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect(view.getByTestId('loaded').textContent).toBe('true'));
    const box = view.getByLabelText('Text');
    let typed = '';
    const lagAtEachKey: number[] = [];
    const started = performance.now();
    // 100 ms between keys is under the 300 ms pause that used to be the only trigger.
    while (performance.now() - started < 3 * DRAFT_MAX_WAIT_MS) {
      typed += 'a';
      fireEvent.input(box, { target: { value: typed } });
      await keyGap(100);
      const stored = (await loadDraft('journal:new'))?.text ?? '';
      expect(typed.startsWith(stored)).toBe(true);
      lagAtEachKey.push(typed.length - stored.length);
    }
    // By the last key, something has been stored, and at most about a second of keys (plus one scheduling slot)
    // is still waiting.
    const keysPerMaxWait = DRAFT_MAX_WAIT_MS / 100;
    expect(lagAtEachKey.at(-1)).toBeLessThanOrEqual(keysPerMaxWait + 3);
    expect(lagAtEachKey.slice(-5).every((lag) => lag < typed.length)).toBe(true);
  });

  it('stores the text when the page is hidden, before any timer runs', async () => {
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect(view.getByTestId('loaded').textContent).toBe('true'));
    fireEvent.input(view.getByLabelText('Text'), { target: { value: 'Written just before switching apps.' } });
    dispatchEvent(new Event('pagehide'));
    await waitFor(
      async () => expect((await loadDraft('journal:new'))?.text).toBe('Written just before switching apps.'),
      {
        timeout: 250,
      },
    );
  });
});
