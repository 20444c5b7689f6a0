import { beforeEach, describe, expect, it } from 'vitest';
import { parsePackText } from '../../../src/domain/protocol-pack-import';
import { BAD_SIGNATURE_MESSAGE, checkPack, pinClinic, pinnedClinics, unpinClinic } from '../../../src/state/pack-trust';
import { listContacts, saveContact } from '../../../src/storage/contacts-store';
import { makePack } from '../../fixtures/safety-builders';
import { makeClinicKey, signPack } from '../../fixtures/signed-pack';
import { openTestDb } from '../../fixtures/test-db';

function riversidePack() {
  return makePack((p) => {
    p.id = 'riverside';
    p.publisher = 'Riverside Clinic';
    p.readiness.bloodPressure.hold.systolic = 150;
  });
}

async function check(value: unknown) {
  return checkPack(parsePackText(JSON.stringify(value)));
}

/** Checks a signed pack, pins its signer as the person would after comparing, and returns the key. */
async function pinFirst(pack = riversidePack()) {
  const key = await makeClinicKey();
  const checked = await check(await signPack(pack, key));
  if (!checked.ok || checked.trust.kind !== 'unpinned') throw new Error('expected a signed, unpinned pack');
  const clinic = await pinClinic(checked.trust.signer, pack.publisher);
  return { key, clinic };
}

describe('checking a signed clinic pack', () => {
  beforeEach(openTestDb);

  it('takes a good signature by a key not pinned yet as signed, not yet checked, with the key code', async () => {
    const key = await makeClinicKey();
    const checked = await check(await signPack(riversidePack(), key));
    expect(checked.ok && checked.trust.kind).toBe('unpinned');
    if (!checked.ok || checked.trust.kind !== 'unpinned') return;
    expect(checked.pack.readiness.bloodPressure.hold.systolic).toBe(150);
    expect(checked.trust.signer.publicKey).toBe(key.publicKey);
    expect(checked.trust.signer.fingerprint).toMatch(/^([0-9A-HJKMNP-TV-Z]{4} ){4}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('shows a later pack signed by the pinned key as verified', async () => {
    const { key, clinic } = await pinFirst();
    const later = makePack((p) => {
      p.publisher = 'Riverside Clinic';
      p.version = '2';
    });
    const checked = await check(await signPack(later, key));
    expect(checked.ok && checked.trust).toEqual({ kind: 'verified', clinic });
  });

  it('refuses a pack changed after it was signed', async () => {
    const signed = await signPack(riversidePack(), await makeClinicKey());
    const tampered = structuredClone(signed) as typeof signed & { pack: ReturnType<typeof riversidePack> };
    tampered.pack.readiness.bloodPressure.hold.systolic = 200;
    expect(await check(tampered)).toEqual({ ok: false, message: BAD_SIGNATURE_MESSAGE });
  });

  it('refuses a pack whose signature was made by another key than the one it carries', async () => {
    const carried = await makeClinicKey();
    const signed = await signPack(riversidePack(), await makeClinicKey(), carried.publicKey);
    expect(await check(signed)).toEqual({ ok: false, message: BAD_SIGNATURE_MESSAGE });
  });

  it('refuses a tampered pack even when it is signed by a pinned key', async () => {
    const { key } = await pinFirst();
    const signed = await signPack(riversidePack(), key);
    const tampered = { ...signed, pack: { ...riversidePack(), name: 'Other rules' } };
    expect(await check(tampered)).toEqual({ ok: false, message: BAD_SIGNATURE_MESSAGE });
  });

  it('stops a pack that names a pinned clinic but is signed by another key', async () => {
    const { clinic } = await pinFirst();
    const impostor = await makeClinicKey();
    const checked = await check(await signPack(riversidePack(), impostor));
    expect(checked.ok && checked.trust.kind).toBe('look-alike');
    if (!checked.ok || checked.trust.kind !== 'look-alike') return;
    expect(checked.trust.clinic).toEqual(clinic);
    expect(checked.trust.signer?.publicKey).toBe(impostor.publicKey);
  });

  it('refuses a signed pack whose key or signature cannot be decoded, and a signed pack that is not valid', async () => {
    const signed = await signPack(riversidePack(), await makeClinicKey());
    const unreadable = await check({ ...signed, signature: `${signed.signature.slice(0, 85)}*` });
    expect(unreadable.ok || unreadable.message).toMatch(/signature cannot be read/);
    const notAPoint = await check({ ...signed, publicKey: `BA${'A'.repeat(85)}` });
    expect(notAPoint).toEqual({ ok: false, message: BAD_SIGNATURE_MESSAGE });
    const badPack = await signPack({ ...riversidePack(), extra: true }, await makeClinicKey());
    const refused = await check(badPack);
    expect(refused.ok || refused.message).toMatch(/fields this app does not know: extra/);
  });

  it('keeps unsigned packs as they were: shown as unsigned', async () => {
    const checked = await check(riversidePack());
    expect(checked.ok && checked.trust).toEqual({ kind: 'unsigned' });
  });
});

describe('pinned clinic keys', () => {
  beforeEach(openTestDb);

  it('are listed and can be removed, after which the key is asked about again', async () => {
    const { key, clinic } = await pinFirst();
    expect(await pinnedClinics()).toEqual([clinic]);
    await unpinClinic(clinic.id);
    expect(await pinnedClinics()).toEqual([]);
    const checked = await check(await signPack(riversidePack(), key));
    expect(checked.ok && checked.trust.kind).toBe('unpinned');
  });

  it('live beside coaches without touching them, and removing a clinic never removes a coach', async () => {
    const coach = {
      id: 'coach-key-id',
      role: 'coach' as const,
      name: 'Sam',
      publicKey: 'C'.repeat(87),
      fingerprint: 'AAAA AAAA AAAA AAAA AAAA',
      addedAt: '2026-12-01T10:00:00Z',
    };
    await saveContact(coach);
    const { clinic } = await pinFirst();
    expect(clinic.id.startsWith('clinic-')).toBe(true);
    await unpinClinic(coach.id);
    expect((await listContacts()).map((c) => c.id).sort()).toEqual([clinic.id, coach.id].sort());
    expect(await pinnedClinics()).toEqual([clinic]);
  });
});
