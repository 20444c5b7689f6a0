import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLoad } from '../../../src/state/use-load';

function Probe({ load, fallback }: { load: () => Promise<string>; fallback?: string }) {
  const { value, error, reload } = useLoad(load, [], fallback);
  return (
    <div>
      <p data-testid="value">{value ?? 'none'}</p>
      <p data-testid="error">{error ?? 'none'}</p>
      <button type="button" onClick={reload}>
        Again
      </button>
    </div>
  );
}

describe('useLoad, the one loader every feature uses', () => {
  afterEach(cleanup);

  it('shows what was loaded, and loads again on reload', async () => {
    let calls = 0;
    const view = render(<Probe load={async () => `round ${++calls}`} />);
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('round 1'));
    fireEvent.click(view.getByRole('button', { name: 'Again' }));
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('round 2'));
    expect(view.getByTestId('error').textContent).toBe('none');
  });

  it('turns a failure into the error’s own words, or the screen’s fallback when it has none', async () => {
    const worded = render(<Probe load={() => Promise.reject(new Error('Your journal could not be read.'))} />);
    await waitFor(() => expect(worded.getByTestId('error').textContent).toBe('Your journal could not be read.'));
    cleanup();
    const bare = render(<Probe load={() => Promise.reject('no words')} fallback="Entries could not be read." />);
    await waitFor(() => expect(bare.getByTestId('error').textContent).toBe('Entries could not be read.'));
    expect(bare.getByTestId('value').textContent).toBe('none');
  });

  it('keeps the old value while it reads again, and a success clears an earlier failure', async () => {
    let release: (text: string) => void = () => undefined;
    let calls = 0;
    const load = () => {
      calls += 1;
      if (calls === 1) return Promise.resolve('first');
      if (calls === 2) return Promise.reject(new Error('Not now.'));
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const view = render(<Probe load={load} />);
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('first'));
    fireEvent.click(view.getByRole('button', { name: 'Again' }));
    await waitFor(() => expect(view.getByTestId('error').textContent).toBe('Not now.'));
    expect(view.getByTestId('value').textContent).toBe('first');
    fireEvent.click(view.getByRole('button', { name: 'Again' }));
    await waitFor(() => expect(calls).toBe(3));
    expect(view.getByTestId('value').textContent).toBe('first');
    act(() => release('third'));
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('third'));
    expect(view.getByTestId('error').textContent).toBe('none');
  });

  it('drops what it showed when it starts reading something else, and ignores the older answer', async () => {
    const pending = new Map<string, (text: string) => void>();
    function ByName({ name }: { name: string }) {
      const { value } = useLoad(() => new Promise<string>((resolve) => pending.set(name, resolve)), [name]);
      return <p data-testid="value">{value ?? 'none'}</p>;
    }
    const view = render(<ByName name="a" />);
    await waitFor(() => expect(pending.has('a')).toBe(true));
    act(() => pending.get('a')?.('value of a'));
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('value of a'));
    view.rerender(<ByName name="b" />);
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('none'));
    await waitFor(() => expect(pending.has('b')).toBe(true));
    view.rerender(<ByName name="c" />);
    await waitFor(() => expect(pending.has('c')).toBe(true));
    act(() => pending.get('b')?.('value of b'));
    act(() => pending.get('c')?.('value of c'));
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('value of c'));
  });

  it('takes a value the screen already knows (what it just saved) without reading again', async () => {
    let calls = 0;
    function Saver() {
      const { value, error, set } = useLoad<string>(async () => {
        calls += 1;
        throw new Error('Could not read.');
      });
      return (
        <div>
          <p data-testid="value">{value ?? 'none'}</p>
          <p data-testid="error">{error ?? 'none'}</p>
          <button type="button" onClick={() => set('saved')}>
            Save
          </button>
        </div>
      );
    }
    const view = render(<Saver />);
    await waitFor(() => expect(view.getByTestId('error').textContent).toBe('Could not read.'));
    fireEvent.click(view.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.getByTestId('value').textContent).toBe('saved'));
    expect(view.getByTestId('error').textContent).toBe('none');
    expect(calls).toBe(1);
  });
});
