import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../../src/domain/session';
import { addNote, recordStep } from '../../../../src/domain/session-lifecycle';
import { useSessionRecord } from '../../../../src/features/session/use-session-record';
import { closeDb, deleteDb } from '../../../../src/storage/db';
import { loadSession, saveSession } from '../../../../src/storage/sessions-store';

function makeActiveSession(): SessionRecord {
  return { id: 'live', createdAt: '2026-11-21T19:00:00.000Z', status: 'active', startedAt: '2026-11-21T19:00:00.000Z' };
}

function SessionProbe({ initial }: { initial: SessionRecord }) {
  const { session, change, error } = useSessionRecord(initial);
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          // Two taps in quick succession: each change must build on the one before, not on a stale copy.
          void change((s) => recordStep(s, 'dose', '2026-11-21T19:05:00.000Z'));
          void change((s) => addNote(s, 'Tingling hands', '2026-11-21T19:06:00.000Z'));
        }}
      >
        Tap twice
      </button>
      <button type="button" onClick={() => void change((s) => addNote(s, 'x'.repeat(6000), 'now'))}>
        Save a note that is far too long
      </button>
      <span data-testid="notes">{session.notes?.length ?? 0}</span>
      <span data-testid="error">{error ?? ''}</span>
    </div>
  );
}

describe('useSessionRecord in a real browser (IndexedDB)', () => {
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(cleanup);

  it('stores every change as it happens, so quick taps are all kept after a reload', async () => {
    const initial = makeActiveSession();
    await saveSession(initial);
    const view = render(<SessionProbe initial={initial} />);
    fireEvent.click(view.getByRole('button', { name: 'Tap twice' }));
    await waitFor(() => expect(view.getByTestId('notes').textContent).toBe('1'));
    await closeDb();
    const stored = await loadSession('live');
    expect(stored?.dosedAt).toBe('2026-11-21T19:05:00.000Z');
    expect(stored?.notes).toEqual([{ at: '2026-11-21T19:06:00.000Z', text: 'Tingling hands' }]);
    expect(view.getByTestId('error').textContent).toBe('');
  });

  it('says plainly when a change was not saved, and keeps the session as it was', async () => {
    const initial = makeActiveSession();
    await saveSession(initial);
    const view = render(<SessionProbe initial={initial} />);
    fireEvent.click(view.getByRole('button', { name: 'Save a note that is far too long' }));
    await waitFor(() => expect(view.getByTestId('error').textContent).toMatch(/not saved/));
    expect(view.getByTestId('notes').textContent).toBe('0');
    expect((await loadSession('live'))?.notes).toBeUndefined();
  });
});
