// Toasts float above the page. So that nothing under them is out of reach (a button at the foot of a short screen
// on a small phone), the page gets that much more room at its foot: the toasts' height goes into --toasts-height.
import { keepHeightAsProperty } from './height-property';

/** Keeps --toasts-height on <html> equal to the toasts' height; returns a stop function. */
export function keepRoomForToasts(toasts: HTMLElement): () => void {
  return keepHeightAsProperty(toasts, '--toasts-height');
}
