import { beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../../src/domain/share-records';
import { ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { importPreview } from '../../../src/features/sharing/import-bundle';
import { MAX_FILE_BYTES, openSealed, sealedFromFile } from '../../../src/features/sharing/open-bundle';
import { sealReplyBundle, sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { keyIdOf } from '../../../src/platform/sealed-box';
import { listComments } from '../../../src/storage/comments-store';
import { saveContact } from '../../../src/storage/contacts-store';
import { countImports } from '../../../src/storage/imports-store';
import { countInbox, listInboxFor, removeExpiredInbox } from '../../../src/storage/inbox-store';
import { makeFlaggedScaleItem, makeJournalItem, makeSessionItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb as openTestDb } from '../../fixtures/sharing/real-db';

async function makeShare(patient: Identity, coach: Identity, expiresAt: Date | null = null) {
  return sealShareBundle({
    items: [makeFlaggedScaleItem(), makeSessionItem(), makeJournalItem()],
    from: patient,
    recipientPublicKey: publicKeyBytes(coach.publicKey),
    expiresAt,
  });
}

async function stored() {
  return { inbox: await countInbox(), imports: await countImports() };
}

describe('opening a share on the coach device', () => {
  let coach: Identity;
  let patient: Identity;
  beforeEach(async () => {
    await openTestDb();
    coach = await ensureIdentity('Dr Rivera');
    patient = await makeIdentity('Sam');
  });

  it('previews a share and imports its items with the bundle id in one go', async () => {
    const { sealed, bundle } = await makeShare(patient, coach);
    const opened = await openSealed(sealed, coach);
    if (!opened.ok) throw new Error(opened.refusal.message);
    expect(opened.value.bundle.id).toBe(bundle.id);
    expect(opened.value.alreadyImported).toBe(false);
    expect(await importPreview(opened.value)).toBe(true);
    expect(await stored()).toEqual({ inbox: 3, imports: 1 });
    expect((await listInboxFor(opened.value.contactId)).map((i) => i.item.kind).sort()).toEqual([
      'journal-entry',
      'scale-result',
      'session',
    ]);
  });

  it('adds nothing when the same bundle is imported twice (replay)', async () => {
    const { sealed } = await makeShare(patient, coach);
    const first = await openSealed(sealed, coach);
    if (!first.ok) throw new Error(first.refusal.message);
    await importPreview(first.value);
    const again = await openSealed(sealed, coach);
    expect(again.ok && again.value.alreadyImported).toBe(true);
    if (again.ok) expect(await importPreview(again.value)).toBe(false);
    expect(await stored()).toEqual({ inbox: 3, imports: 1 });
  });

  it('refuses a share sealed for another device, and stores nothing', async () => {
    const someoneElse = await makeIdentity('Other coach');
    const { sealed } = await makeShare(patient, someoneElse);
    const opened = await openSealed(sealed, coach);
    expect(!opened.ok && opened.refusal.reason).toBe('not-for-this-device');
    expect(!opened.ok && opened.refusal.message).toMatch(/not for this device/);
    expect(await stored()).toEqual({ inbox: 0, imports: 0 });
  });

  it('refuses a share changed on the way', async () => {
    const { sealed } = await makeShare(patient, coach);
    const changed = sealed.slice();
    changed[changed.length - 20] = (changed[changed.length - 20] ?? 0) ^ 0x80;
    const opened = await openSealed(changed, coach);
    expect(!opened.ok && opened.refusal.message).toMatch(/changed on the way/);
  });

  it('refuses a share from a newer version of the app', async () => {
    const { sealed } = await makeShare(patient, coach);
    const newer = sealed.slice();
    newer[2] = 9;
    const opened = await openSealed(newer, coach);
    expect(!opened.ok && opened.refusal.message).toMatch(/newer version/);
  });

  it('refuses an expired share', async () => {
    const { sealed } = await makeShare(patient, coach, new Date('2026-12-01T00:00:00.000Z'));
    const opened = await openSealed(sealed, coach, new Date('2026-12-02T00:00:00.000Z'));
    expect(!opened.ok && opened.refusal.reason).toBe('expired');
  });

  it('refuses a file over 5 MiB before reading it, saying how large it is', async () => {
    const read = await sealedFromFile(new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]));
    expect(!read.ok && read.refusal.message).toMatch(/This file is 5\.2 MB\. Shares can be at most 5\.2 MB/);
  });

  it('removes imported items once their share expires', async () => {
    const { sealed } = await makeShare(patient, coach, new Date(Date.now() + 60_000));
    const opened = await openSealed(sealed, coach);
    if (opened.ok) await importPreview(opened.value);
    expect(await removeExpiredInbox(new Date())).toBe(0);
    expect(await removeExpiredInbox(new Date(Date.now() + 120_000))).toBe(3);
    expect(await countInbox()).toBe(0);
  });
});

describe('a reply from the coach', () => {
  beforeEach(openTestDb);

  it('opens on the patient device only from a pinned coach, storing comments under the patient’s own item ids', async () => {
    const coach = await makeIdentity('Dr Rivera');
    const patient = await ensureIdentity('Sam');
    const { sealed } = await sealReplyBundle({
      comments: [
        {
          id: 'c1',
          itemId: 'scale-1',
          itemLabel: 'PHQ-9',
          text: 'I will call you today.',
          createdAt: '2026-11-12T10:00:00.000Z',
        },
      ],
      from: coach,
      recipientPublicKey: publicKeyBytes(patient.publicKey),
    });
    const before = await openSealed(sealed, patient);
    expect(!before.ok && before.refusal.reason).toBe('unknown-sender');
    await saveContact({
      id: await keyIdOf(publicKeyBytes(coach.publicKey)),
      role: 'coach',
      name: coach.name,
      publicKey: coach.publicKey,
      fingerprint: 'AAAA AAAA AAAA AAAA AAAA',
      addedAt: '2026-11-01T09:00:00.000Z',
    });
    const opened = await openSealed(sealed, patient);
    if (!opened.ok) throw new Error(opened.refusal.message);
    await importPreview(opened.value);
    expect((await listComments()).map((c) => [c.itemId, c.text, c.authorName])).toEqual([
      ['scale-1', 'I will call you today.', 'Dr Rivera'],
    ]);
  });
});

describe('the device identity', () => {
  beforeEach(openTestDb);

  it('keeps its private key in IndexedDB, usable but never exportable', async () => {
    const made = await ensureIdentity('Sam');
    const again = await ensureIdentity();
    expect(again.publicKey).toBe(made.publicKey);
    expect(again.keyPair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', again.keyPair.privateKey)).rejects.toThrow();
  });
});
