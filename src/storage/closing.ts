// The one record of "this page is letting go of its storage for good", kept apart from db.ts so the shell can listen
// from start-up without loading the database code. db.ts refuses every open while it is set; the shell's mode
// (state/shell-mode) shows the erased or stepped-aside screen from it.

/**
 * Where the letting go stands: `erasing` (the database is being or has been deleted for good, the rest of the erase
 * is still running), `erased` (the whole erase is done), `stepped-aside` (a newer version in another tab took over).
 */
export type StorageClosing = 'erasing' | 'erased' | 'stepped-aside';

/** Hears each change of the closing state. */
export type ClosingListener = (state: StorageClosing | undefined) => void;

let state: StorageClosing | undefined;
const listeners = new Set<ClosingListener>();

/** Where the letting go stands, or undefined while storage is in use. */
export function storageClosing(): StorageClosing | undefined {
  return state;
}

/** Moves the closing state (db.ts for erasing and stepping aside, the erase action once it is done) and tells all. */
export function setStorageClosing(next: StorageClosing | undefined): void {
  state = next;
  for (const listener of listeners) listener(next);
}

/** Subscribes to the closing state (told the current one at once); returns an unsubscribe function. */
export function onStorageClosing(listener: ClosingListener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}
