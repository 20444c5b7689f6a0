/** What kind of storage trouble happened, so the screen can say something useful. */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'corrupt' | 'locked' | 'unknown';

/** An error from the storage layer with a plain-language message a person can act on. */
export class StorageError extends Error {
  /** The kind of trouble. */
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your device is out of storage space, so this was not saved. Your text is still here. Free some space and try again.',
  blocked: 'Stillpoint is open in another tab with a newer version. Close this tab to continue there.',
  unavailable:
    'Stillpoint cannot reach its storage on this device right now. Your text is still here. Try reloading the app.',
  corrupt: 'Some stored data could not be read.',
  locked: 'Stillpoint is locked. Unlock it to see and save your entries.',
  unknown: 'Something went wrong while saving. Your text is still here. Please try again.',
};

/** Turns any thrown value from IndexedDB into a StorageError with a plain message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  let kind: StorageErrorKind = 'unknown';
  if (name === 'QuotaExceededError' || /quota/i.test(text)) kind = 'quota';
  else if (name === 'UnknownError' || name === 'InvalidStateError' || /backing store/i.test(text)) kind = 'unavailable';
  else if (name === 'VersionError') kind = 'blocked';
  return new StorageError(kind, MESSAGES[kind], { cause: error });
}
