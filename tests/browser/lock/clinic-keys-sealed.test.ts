// Pinned clinic keys under the app lock, against real IndexedDB and Web Crypto: sealed on the disk like every
// contact, readable again after unlocking, and unreadable while locked.
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePackText } from '../../../src/domain/protocol-pack-import';
import { turnLockOn } from '../../../src/state/app-lock-engine';
import { dispatchLock } from '../../../src/state/app-lock-machine';
import { checkPack, pinClinic, pinnedClinics } from '../../../src/state/pack-trust';
import { isSealed } from '../../../src/storage/at-rest';
import { STORES } from '../../../src/storage/schema';
import { makePack } from '../../fixtures/safety-builders';
import { makeClinicKey, signPack } from '../../fixtures/signed-pack';
import { freshLockDatabase } from './fresh-database';
import { containsText, readRaw } from './raw-stores';

const MARKER = 'CLINIC-BY-NAME';

async function pinSignedPack(publisher: string) {
  const pack = makePack((p) => {
    p.publisher = publisher;
  });
  const checked = await checkPack(parsePackText(JSON.stringify(await signPack(pack, await makeClinicKey()))));
  if (!checked.ok || checked.trust.kind !== 'unpinned') throw new Error('expected a signed, unpinned pack');
  return pinClinic(checked.trust.signer, publisher);
}

describe('pinned clinic keys under the app lock', () => {
  beforeEach(freshLockDatabase);

  it('are sealed when the lock is turned on, and when pinned while it is on; locked, they cannot be read', async () => {
    const before = await pinSignedPack(`${MARKER} one`);
    await turnLockOn('correct horse battery', 5);
    const after = await pinSignedPack(`${MARKER} two`);

    const raw = (await readRaw([STORES.contacts])).contacts ?? [];
    expect(raw).toHaveLength(2);
    expect(raw.every(isSealed)).toBe(true);
    expect(containsText(raw, MARKER)).toBe(false);
    expect(containsText(raw, before.fingerprint)).toBe(false);
    const names = (await pinnedClinics()).map((clinic) => clinic.name).sort();
    expect(names).toEqual([before.name, after.name].sort());

    dispatchLock({ type: 'forget' });
    await expect(pinnedClinics()).rejects.toMatchObject({ kind: 'locked' });
  });
});
