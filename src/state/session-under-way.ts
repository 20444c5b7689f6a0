import { signal } from '@preact/signals';

/**
 * True while a session is under way in this tab (the session screen sets it). The app does not lock itself then: the
 * person lies still for an hour and the sitter, who does not know the passphrase, needs the screens.
 */
export const sessionUnderWay = signal(false);
