// A seam between features and the app shell: actions only app/ may carry out (it owns the service-worker
// registration), which a feature asks for through here. app/ provides the handlers at startup.
import { signal } from '@preact/signals';

/** Removes every database, cache and the service-worker registration of this app on this device. */
export type EraseHandler = () => Promise<void>;

let eraseHandler: EraseHandler | undefined;

/** True once everything has been erased: the shell then shows only the "erased" screen and touches no storage. */
export const erased = signal(false);

/** Called once by app/ at startup with the real erase. */
export function provideEraseEverything(handler: EraseHandler): void {
  eraseHandler = handler;
}

/** Erases everything (the person has confirmed), then tells the shell. Rejects with a plain message on failure. */
export async function eraseEverything(): Promise<void> {
  if (!eraseHandler) throw new Error('Erasing is not available right now. Reload Stillpoint and try again.');
  await eraseHandler();
  erased.value = true;
}
