import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodSummary } from '../../../../src/features/journal/EntryList';
import { makeEntry } from '../../../fixtures/journal-builders';

describe('the mood trend in the journal', () => {
  afterEach(cleanup);

  it('draws mood over time with a table a screen reader can read', () => {
    const entries = [
      makeEntry({ id: 'a', createdAt: '2026-11-12T20:00:00.000Z', mood: 4 }),
      makeEntry({ id: 'b', createdAt: '2026-11-10T20:00:00.000Z', mood: 2 }),
      makeEntry({ id: 'c', createdAt: '2026-11-08T20:00:00.000Z', mood: 3 }),
    ];
    const view = render(<MoodSummary entries={entries} />);
    expect(view.container.querySelector('svg')).not.toBeNull();
    const cells = [...view.container.querySelectorAll('table td')].map((td) => td.textContent);
    expect(cells).toEqual(expect.arrayContaining(['3', '2', '4']));
    expect(view.getByText(/Average mood in your last 3 entries with a mood: 3\.0 of 5/)).toBeTruthy();
  });

  it('shows nothing until two entries have a mood', () => {
    const view = render(<MoodSummary entries={[makeEntry({ id: 'a', mood: 4 }), makeEntry({ id: 'b' })]} />);
    expect(view.container.innerHTML).toBe('');
  });
});
