import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GAD7 } from '../../../../src/content/scales/gad7';
import { PHQ9 } from '../../../../src/content/scales/phq9';
import type { ScaleResult } from '../../../../src/domain/scale-result';
import { ScaleForm } from '../../../../src/features/scales/ScaleForm';
import { closeDb, deleteDb } from '../../../../src/storage/db';
import { listScaleResults } from '../../../../src/storage/scale-results-store';
import { StorageError } from '../../../../src/storage/storage-error';

// The store, with a switch to make the next writes fail (storage full) and a count of the writes tried.
const store = vi.hoisted(() => ({ failWith: null as Error | null, writes: 0 }));
vi.mock('../../../../src/storage/scale-results-store', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/storage/scale-results-store')>();
  return {
    ...actual,
    saveScaleResult: async (result: ScaleResult) => {
      store.writes += 1;
      if (store.failWith) throw store.failWith;
      return actual.saveScaleResult(result);
    },
  };
});

/** GAD-7's seven scored questions (the difficulty question after them has answers of its own). */
const GAD7_SCORED = GAD7.items.filter((item) => item.scored);

function renderForm(scale = PHQ9) {
  return render(
    <LocationProvider>
      <ScaleForm scale={scale} />
    </LocationProvider>,
  );
}

/** Picks an answer in the question whose legend matches. */
function choose(view: ReturnType<typeof render>, question: RegExp, answer: string) {
  const group = view.getByRole('group', { name: question });
  const radio = [...group.querySelectorAll('label')]
    .find((l) => l.textContent?.trim() === answer)
    ?.querySelector('input');
  if (!radio) throw new Error(`No answer ${answer}`);
  fireEvent.click(radio);
}

describe('the scale form', () => {
  beforeEach(async () => {
    store.failWith = null;
    store.writes = 0;
    await closeDb();
    await deleteDb();
  });
  afterEach(cleanup);

  it.each(['Several days', 'More than half the days', 'Nearly every day'])(
    'shows the crisis lines the moment PHQ-9 item 9 is answered "%s"',
    (answer) => {
      const view = renderForm();
      expect(view.queryByTestId('attention-notice')).toBeNull();
      choose(view, /better off dead/, answer);
      expect(view.getByTestId('attention-notice').getAttribute('role')).toBe('alert');
      expect(view.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    },
  );

  it('takes the crisis lines away again if item 9 is changed to "Not at all"', () => {
    const view = renderForm();
    choose(view, /better off dead/, 'Several days');
    choose(view, /better off dead/, 'Not at all');
    expect(view.queryByTestId('attention-notice')).toBeNull();
  });

  it('never shows crisis lines on a scale without an attention rule', () => {
    const view = renderForm(GAD7);
    for (const item of GAD7_SCORED) choose(view, new RegExp(item.text.slice(0, 12)), 'Nearly every day');
    expect(view.queryByTestId('attention-notice')).toBeNull();
  });

  it('points to the first unanswered question and moves focus there instead of saving', async () => {
    const view = renderForm(GAD7);
    choose(view, /Feeling nervous/, 'Several days');
    fireEvent.click(view.getByRole('button', { name: 'Save my answers' }));
    const message = await view.findByRole('alert');
    expect(message.textContent).toMatch(/Please answer question 2 before saving: Not being able to stop/);
    expect(document.activeElement?.closest('fieldset')?.id).toBe('item-gad7-2');
    expect(view.getByRole('group', { name: /stop or control/ }).getAttribute('aria-describedby')).toBe(message.id);
    expect(store.writes).toBe(0);
  });

  it('says in plain words when saving fails, and keeps every answer on screen', async () => {
    store.failWith = new StorageError('quota', 'Your device is out of storage space, so this was not saved.');
    const view = renderForm(GAD7);
    for (const item of GAD7_SCORED) choose(view, new RegExp(item.text.slice(0, 12)), 'Several days');
    fireEvent.click(view.getByRole('button', { name: 'Save my answers' }));
    await waitFor(() => expect(view.getByRole('alert').textContent).toMatch(/out of storage space/));
    expect(view.getAllByRole('radio', { checked: true })).toHaveLength(7);
    expect(view.getByText('Answered 7 of 7')).toBeTruthy();
    expect(store.writes).toBe(1);
  });

  it.each([
    ['answered "Very difficult"', 'Very difficult', 2],
    ['left blank', undefined, undefined],
  ] as const)(
    'saves GAD-7 with the difficulty question %s, adding nothing to the total',
    async (_case, answer, points) => {
      const view = renderForm(GAD7);
      for (const item of GAD7_SCORED) choose(view, new RegExp(item.text.slice(0, 12)), 'Several days');
      if (answer) choose(view, /how difficult have these made it/, answer);
      expect(view.getByText('Answered 7 of 7')).toBeTruthy();
      fireEvent.click(view.getByRole('button', { name: 'Save my answers' }));
      await waitFor(() => expect(store.writes).toBe(1));
      const [saved] = await waitFor(async () => {
        const results = await listScaleResults();
        expect(results).toHaveLength(1);
        return results;
      });
      expect(saved?.total).toBe(7);
      expect(saved?.answers['gad7-difficulty']).toBe(points);
    },
  );
});
