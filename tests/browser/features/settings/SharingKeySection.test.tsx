import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SharingKeySection } from '../../../../src/features/settings/SharingKeySection';
import { turnLockOn } from '../../../../src/state/app-lock-engine';
import { isSealed } from '../../../../src/storage/at-rest';
import { saveContact } from '../../../../src/storage/contacts-store';
import { createIdentity, hasUnsealableIdentity, loadIdentity } from '../../../../src/storage/keys-store';
import { STORES } from '../../../../src/storage/schema';
import { makeIdentity } from '../../../fixtures/sharing/devices';
import { freshLockDatabase } from '../../lock/fresh-database';
import { readRaw, writeRaw } from '../../lock/raw-stores';

// A sharing key made by an earlier version is a non-extractable CryptoKey the lock can never seal; Settings says so
// and makes a new, sealable key only when the person confirms, knowing who must pair again.

const COACH_KEY = 'A'.repeat(87);

async function storedKeys(): Promise<Record<string, unknown>[]> {
  return ((await readRaw([STORES.keys])).keys ?? []) as Record<string, unknown>[];
}

describe('the sharing key in Settings → App lock', () => {
  beforeEach(freshLockDatabase);
  afterEach(cleanup);

  it('tells a key the lock seals from one made by an earlier version', async () => {
    await createIdentity('Sam');
    expect(await hasUnsealableIdentity()).toBe(false);
    await freshLockDatabase();
    await writeRaw(STORES.keys, [await makeIdentity('Sam')]);
    expect(await hasUnsealableIdentity()).toBe(true);
  });

  it('explains an old key, and on confirmation replaces it with a sealed one under the same name', async () => {
    const legacy = await makeIdentity('Sam');
    await writeRaw(STORES.keys, [legacy]);
    await saveContact({
      id: 'coach-1',
      role: 'coach',
      name: 'Dr Rivera',
      publicKey: COACH_KEY,
      fingerprint: 'AAAA-AAAA',
      addedAt: '2026-11-01T00:00:00.000Z',
    });
    await turnLockOn('correct horse battery', 5);
    const view = render(<SharingKeySection />);
    expect(await view.findByText(/made by an earlier version of Stillpoint and cannot be locked/)).toBeTruthy();
    expect(view.getByText(/You are paired with 1 person; each will need to pair with you again/)).toBeTruthy();

    fireEvent.click(view.getByRole('button', { name: 'Make a new sharing key' }));
    fireEvent.click(view.getByRole('button', { name: 'Keep the old key' }));
    expect((await loadIdentity())?.publicKey).toBe(legacy.publicKey);

    fireEvent.click(view.getByRole('button', { name: 'Make a new sharing key' }));
    fireEvent.click(view.getByRole('button', { name: 'Make a new key' }));
    expect((await view.findByRole('status')).textContent).toMatch(/Your new sharing key is locked/);

    const identity = await loadIdentity();
    expect(identity?.name).toBe('Sam');
    expect(identity?.publicKey).not.toBe(legacy.publicKey);
    const keys = await storedKeys();
    expect(keys.some((record) => record.id === 'device')).toBe(false);
    expect(isSealed(keys.find((record) => record.id === 'identity'))).toBe(true);
    expect(await hasUnsealableIdentity()).toBe(false);
  });
});
