// What the shell says when storage cannot be opened at start-up: a newer version in another tab has its own words,
// anything else one plain sentence.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../../src/storage/storage-error';

const initSettings = vi.fn<() => Promise<void>>();
vi.mock('../../../src/state/settings', () => ({ initSettings: () => initSettings() }));

const { openStorage, storageTrouble } = await import('../../../src/state/storage-trouble');
const CANNOT_OPEN = 'Stillpoint cannot reach its storage on this device right now.';

describe('openStorage', () => {
  beforeEach(() => {
    initSettings.mockReset();
    storageTrouble.value = null;
  });

  it('records no trouble once the settings load', async () => {
    storageTrouble.value = 'earlier trouble';
    initSettings.mockResolvedValue();
    await openStorage();
    expect(storageTrouble.value).toBeNull();
  });

  it('shows storage’s own words when a newer version in another tab holds the database', async () => {
    initSettings.mockRejectedValue(
      new StorageError('blocked', 'Stillpoint was updated in another tab. Reload this tab.'),
    );
    await openStorage();
    expect(storageTrouble.value).toBe('Stillpoint was updated in another tab. Reload this tab.');
  });

  it('says storage cannot be reached for any other failure, whatever its message', async () => {
    initSettings.mockRejectedValue(new StorageError('quota', 'Your device is out of storage space.'));
    await openStorage();
    expect(storageTrouble.value).toBe(CANNOT_OPEN);
    initSettings.mockRejectedValue(Object.assign(new Error('not ours'), { kind: 'blocked' }));
    await openStorage();
    expect(storageTrouble.value).toBe(CANNOT_OPEN);
    initSettings.mockRejectedValue({ name: 'StorageError', kind: 'blocked', message: 'a plain object' });
    await openStorage();
    expect(storageTrouble.value).toBe(CANNOT_OPEN);
  });
});
