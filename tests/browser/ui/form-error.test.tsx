import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FormError } from '../../../src/ui/FormError';

describe('the error under a form or a card', () => {
  afterEach(cleanup);

  it('shows nothing without a message', () => {
    for (const message of [null, undefined, '']) {
      const view = render(<FormError message={message} />);
      expect(view.container.innerHTML).toBe('');
      view.unmount();
    }
  });

  it('announces a message as an alert, in the error style', () => {
    const view = render(<FormError message="That did not save." />);
    const alert = view.getByRole('alert');
    expect(alert.textContent).toBe('That did not save.');
    expect(alert.className).toBe('field__error');
  });
});
