import { cleanup, render, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen } from '../../../src/ui/lazy-screen';

// A screen whose code cannot be fetched (a new version replaced the file, or the network dropped) must say so;
// preact-iso's own lazy() would wait for ever and leave the previous screen up.

describe('a screen loaded on first visit', () => {
  afterEach(cleanup);

  it('renders the screen once its code arrives', async () => {
    const Loaded = lazyScreen(() => Promise.resolve(() => <h1>The journal</h1>));
    const view = render(
      <ErrorBoundary>
        <Loaded />
      </ErrorBoundary>,
    );
    expect(await view.findByRole('heading', { name: 'The journal' })).toBeTruthy();
  });

  it('says plainly that it could not load, and offers a reload, when its code cannot be fetched', async () => {
    const Missing = lazyScreen<Record<string, never>>(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    const view = render(
      <ErrorBoundary>
        <Missing />
      </ErrorBoundary>,
    );
    const heading = await view.findByRole('heading', { name: 'This screen could not load' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(view.getByRole('button', { name: 'Reload Stillpoint' })).toBeTruthy();
    expect(view.getByText(/Nothing you stored is changed/)).toBeTruthy();
  });
});
