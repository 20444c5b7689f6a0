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

it('reports no ResizeObserver loop when making room changes the toasts themselves (seen in WebKit)', async () => {
  // Here the room given changes the toasts' own height, as a scrollbar appearing narrows them and wraps their text:
  // resizing them in the same frame as the notice is what makes an engine report a loop.
  const style = document.createElement('style');
  style.textContent = '.room-test { height: 40px } html[style*="--toasts-height"] .room-test { height: 60px }';
  document.head.append(style);
  const toasts = document.createElement('div');
  toasts.className = 'room-test';
  document.body.append(toasts);
  const loops: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (event.message.includes('ResizeObserver')) {
      loops.push(event.message);
      event.preventDefault();
    }
  };
  addEventListener('error', onError);
  const stop = keepRoomForToasts(toasts);
  await expect.poll(room).toBe('60px');
  // Two more frames: a loop is reported at the end of the frame in which it happened.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  removeEventListener('error', onError);
  stop();
  toasts.remove();
  style.remove();
  expect(loops).toEqual([]);
});
