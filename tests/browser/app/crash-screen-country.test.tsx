import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppErrorBoundary } from '../../../src/app/AppErrorBoundary';
import { CLINIC_CRISIS_NOTE } from '../../../src/state/clinic-crisis-note';
import { settings } from '../../../src/state/settings';

function Broken(): never {
  throw new Error('a screen failed');
}

describe('the crash screen’s crisis numbers', () => {
  const before = settings.peek();
  afterEach(() => {
    cleanup();
    settings.value = before;
    localStorage.removeItem(CLINIC_CRISIS_NOTE);
  });

  it('shows the numbers of the country the person chose, labelled, not the United States defaults', async () => {
    settings.value = { ...before, country: 'GB' };
    const view = render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(view.getByRole('heading', { name: 'Something went wrong on this screen' })).toBeTruthy();
    // The numbers come with the crash screen's help, which loads (if not loaded already) once a screen fails.
    expect(await view.findByText('United Kingdom numbers')).toBeTruthy();
    expect(view.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(view.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(view.queryByRole('link', { name: 'Call 911' })).toBeNull();
  });

  it('shows a clinic’s own numbers when its pack was in force, from the note the pack left', async () => {
    settings.value = { ...before, country: 'GB' };
    localStorage.setItem(
      CLINIC_CRISIS_NOTE,
      JSON.stringify({
        publisher: 'Harbour Clinic',
        resources: [{ id: 'clinic', name: 'Clinic line', number: '5550100', channels: ['call'], when: 'Any time.' }],
      }),
    );
    const view = render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(await view.findByText('Numbers from Harbour Clinic')).toBeTruthy();
    expect(view.getByRole('link', { name: 'Call 5550100' })).toBeTruthy();
  });

  it('ignores a damaged clinic note and falls back to the country’s numbers', async () => {
    settings.value = { ...before, country: 'AU' };
    localStorage.setItem(
      CLINIC_CRISIS_NOTE,
      JSON.stringify({ publisher: 'X', resources: [{ number: 'javascript:' }] }),
    );
    const view = render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(await view.findByText('Australia numbers')).toBeTruthy();
    expect(view.getByRole('link', { name: 'Call 000' })).toBeTruthy();
  });
});
