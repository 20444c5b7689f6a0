// A toast must never hide what is under it for good: the page's foot grows by the toasts' height, so a button there
// can still be scrolled above the toast (seen on a 360 px phone: "Not now" under "ready to work offline").
import { expect, it } from 'vitest';
import { keepRoomForToasts } from '../../../src/app/toast-room';

const room = () => document.documentElement.style.getPropertyValue('--toasts-height');

it('keeps --toasts-height equal to the toasts, follows their changes, and clears it when stopped', async () => {
  const toasts = document.createElement('div');
  toasts.style.height = '120px';
  document.body.append(toasts);
  const stop = keepRoomForToasts(toasts);
  await expect.poll(room).toBe('120px');
  toasts.style.height = '0px';
  await expect.poll(room).toBe('0px');
  stop();
  expect(room()).toBe('');
  toasts.remove();
});
