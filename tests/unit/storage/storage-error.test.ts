import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../../src/storage/storage-error';

describe('storage errors', () => {
  it('names a full disk as such, with a message that says the text is kept', () => {
    const error = toStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/still here/);
  });

  it('recognises a broken backing store', () => {
    expect(toStorageError(new DOMException('Internal error opening backing store', 'UnknownError')).kind).toBe(
      'unavailable',
    );
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('blocked', 'x');
    expect(toStorageError(original)).toBe(original);
  });

  it('turns anything else into a plain, general message', () => {
    expect(toStorageError('weird').kind).toBe('unknown');
  });
});
