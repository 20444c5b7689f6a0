import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../../src/ui/Field';
import { useSubmit } from '../../../src/ui/use-submit';

function Form({ action }: { action: () => Promise<unknown> }) {
  const submit = useSubmit('That did not save.');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(action);
      }}
    >
      <Field id="name" label="Name" hint="As your sitter knows you." error={submit.error}>
        {(wiring) => <input {...wiring} />}
      </Field>
      <button type="submit" disabled={submit.busy}>
        {submit.busy ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}

describe('the form field and the submit hook', () => {
  afterEach(cleanup);

  it('labels the control and describes it by its hint', () => {
    const view = render(<Form action={async () => undefined} />);
    const input = view.getByLabelText('Name');
    expect(input.getAttribute('aria-describedby')).toBe('name-hint');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(view.getByText('As your sitter knows you.').id).toBe('name-hint');
  });

  it('is busy while the action runs, then shows its failure wired to the field, in the fallback words', async () => {
    let fail: (reason: unknown) => void = () => undefined;
    const view = render(<Form action={() => new Promise((_, reject) => (fail = reject))} />);
    fireEvent.click(view.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.getByRole('button', { name: 'Saving…' }).hasAttribute('disabled')).toBe(true));
    fail('no words');
    await waitFor(() => expect(view.getByText('That did not save.').id).toBe('name-error'));
    const input = view.getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('name-hint name-error');
    expect(view.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false);
  });

  it('clears the error once an action succeeds', async () => {
    let attempt = 0;
    const view = render(
      <Form action={async () => (++attempt === 1 ? Promise.reject(new Error('Disk full.')) : undefined)} />,
    );
    fireEvent.click(view.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.getByText('Disk full.')).toBeTruthy());
    fireEvent.click(view.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.queryByText('Disk full.')).toBeNull());
  });
});
