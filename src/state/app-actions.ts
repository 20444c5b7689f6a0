// A seam between features and the app shell: actions only app/ may carry out (it owns the service-worker
// registration), which a feature asks for through here. app/ provides the handlers at startup.
import { setStorageClosing } from '../storage/closing';

/** Removes every database, cache and the service-worker registration of this app on this device. */
export type EraseHandler = () => Promise<void>;

let eraseHandler: EraseHandler | undefined;

/** Called once by app/ at startup with the real erase. */
export function provideEraseEverything(handler: EraseHandler): void {
  eraseHandler = handler;
}

/**
 * Erases everything (the person has confirmed); once all of it is gone the shell shows only the "erased" screen (see
 * state/shell-mode). Rejects with a plain message on failure.
 */
export async function eraseEverything(): Promise<void> {
  if (!eraseHandler) throw new Error('Erasing is not available right now. Reload Stillpoint and try again.');
  await eraseHandler();
  setStorageClosing('erased');
}
