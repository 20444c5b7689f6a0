import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT } from '../../../src/domain/share-bundle';
import type { ShareItem } from '../../../src/domain/share-item';
import type { Identity } from '../../../src/domain/share-records';
import { ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { importPreview } from '../../../src/features/sharing/import-bundle';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { sealReplyBundle, sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { keyIdOf } from '../../../src/platform/sealed-box';
import { listComments } from '../../../src/storage/comments-store';
import { listContacts, saveContact } from '../../../src/storage/contacts-store';
import { countImports } from '../../../src/storage/imports-store';
import { countInbox, listInboxFor } from '../../../src/storage/inbox-store';
import { makeFlaggedScaleItem, makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { forgeAuthContainer, sealLegacyContainer } from '../../fixtures/sharing/forge';
import { openRealTestDb as openTestDb } from '../../fixtures/sharing/real-db';

async function pin(contact: Identity, role: 'coach' | 'patient', name = contact.name): Promise<string> {
  const id = await keyIdOf(publicKeyBytes(contact.publicKey));
  await saveContact({
    id,
    role,
    name,
    publicKey: contact.publicKey,
    fingerprint: 'AAAA AAAA AAAA AAAA AAAA',
    addedAt: '2026-11-01T09:00:00.000Z',
  });
  return id;
}

function shareBody(sender: Identity, items = [makeFlaggedScaleItem()]) {
  return {
    format: BUNDLE_FORMAT,
    type: 'share',
    id: 'forged-bundle-0000001',
    createdAt: new Date().toISOString(),
    expiresAt: null,
    sender: { name: sender.name, publicKey: sender.publicKey },
    items,
  };
}

async function stored() {
  return { inbox: await countInbox(), imports: await countImports(), comments: (await listComments()).length };
}

describe('a bundle made with public keys only', () => {
  beforeEach(openTestDb);

  it('is refused as a forged reply "from the coach" on the patient device', async () => {
    const coach = await makeIdentity('Dr Rivera');
    const patient = await ensureIdentity('Sam');
    await pin(coach, 'coach');
    const body = {
      format: BUNDLE_FORMAT,
      type: 'reply',
      id: 'forged-reply-00000001',
      createdAt: new Date().toISOString(),
      expiresAt: null,
      sender: { name: coach.name, publicKey: coach.publicKey },
      comments: [
        {
          id: 'c1',
          itemId: 'scale-1',
          itemLabel: 'PHQ-9',
          text: 'Stop everything.',
          createdAt: new Date().toISOString(),
        },
      ],
    };
    const forged = await forgeAuthContainer(body, coach.publicKey, patient.publicKey);
    const opened = await openSealed(forged, patient);
    expect(!opened.ok && opened.refusal.reason).toBe('changed');
    expect(await stored()).toEqual({ inbox: 0, imports: 0, comments: 0 });
  });

  it('is refused as a forged share "from the patient" on the coach device, leaving the real item as it was', async () => {
    const coach = await ensureIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    const real = await sealShareBundle({
      items: [makeJournalItem()],
      from: patient,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt: null,
    });
    const first = await openSealed(real.sealed, coach);
    if (!first.ok) throw new Error(first.refusal.message);
    await importPreview(first.value);
    const forgedItem = makeJournalItem('entry-1', { text: 'All good this week.' });
    const forged = await forgeAuthContainer(shareBody(patient, [forgedItem]), patient.publicKey, coach.publicKey);
    const opened = await openSealed(forged, coach);
    expect(!opened.ok && opened.refusal.reason).toBe('changed');
    const items = await listInboxFor(first.value.contactId);
    expect(items.map((i) => 'text' in i.item && i.item.text)).toEqual([makeJournalItem().text]);
  });
});

describe('a bundle of the first, unauthenticated format', () => {
  beforeEach(openTestDb);

  it('is never filed under a pinned contact, and the refusal says what to do', async () => {
    const coach = await ensureIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    await pin(patient, 'patient');
    const legacy = await sealLegacyContainer(shareBody(patient), coach.publicKey);
    const opened = await openSealed(legacy, coach);
    expect(!opened.ok && opened.refusal.reason).toBe('unverified-old-version');
    expect(!opened.ok && opened.refusal.message).toMatch(/cannot prove who sent it.*send it again/);
    expect(await stored()).toEqual({ inbox: 0, imports: 0, comments: 0 });
  });
});

describe('a later share of the same item', () => {
  let coach: Identity;
  let patient: Identity;
  beforeEach(async () => {
    await openTestDb();
    coach = await ensureIdentity('Dr Rivera');
    patient = await makeIdentity('Sam');
  });

  async function shareAndImport(items: ShareItem[] = [makeJournalItem()]) {
    const { sealed } = await sealShareBundle({
      items,
      from: patient,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt: null,
    });
    const opened = await openSealed(sealed, coach);
    if (!opened.ok) throw new Error(opened.refusal.message);
    await importPreview(opened.value);
    return opened.value;
  }

  it('keeps a changed item beside the original, both visible and the later one marked', async () => {
    const first = await shareAndImport();
    await shareAndImport([makeJournalItem('entry-1', { text: 'Changed my mind about the music.' })]);
    const items = (await listInboxFor(first.contactId)).sort((a, b) => (a.version ?? 1) - (b.version ?? 1));
    expect(items.map((i) => [i.version, 'text' in i.item && i.item.text])).toEqual([
      [1, makeJournalItem().text],
      [2, 'Changed my mind about the music.'],
    ]);
    expect(items[1]?.changedFrom).toBe(items[0]?.id);
  });

  it('adds nothing when a new share carries an item unchanged', async () => {
    const first = await shareAndImport();
    await shareAndImport();
    expect((await listInboxFor(first.contactId)).length).toBe(1);
    expect(await countImports()).toBe(2);
  });

  it('shows a first-time sender as new, with their fingerprint, and a known one by the name the coach has', async () => {
    const first = await shareAndImport();
    expect(first.sender.isNew).toBe(true);
    expect(first.sender.fingerprint).toMatch(/^([0-9A-Z]{4} ){4}[0-9A-Z]{4}$/);
    const renamed = { ...patient, name: 'Someone else' };
    const { sealed } = await sealShareBundle({
      items: [makeFlaggedScaleItem()],
      from: renamed,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt: null,
    });
    const again = await openSealed(sealed, coach);
    expect(again.ok && [again.value.sender.isNew, again.value.sender.name]).toEqual([false, 'Sam']);
    expect((await listContacts()).map((c) => c.name)).toEqual(['Sam']);
  });
});

describe('a genuine reply', () => {
  beforeEach(openTestDb);

  it('is shown under the name the patient pinned, not the name the bundle carries', async () => {
    const coach = await makeIdentity('Dr Impostor');
    const patient = await ensureIdentity('Sam');
    await pin(coach, 'coach', 'Dr Rivera');
    const { sealed } = await sealReplyBundle({
      comments: [
        { id: 'c1', itemId: 'scale-1', itemLabel: 'PHQ-9', text: 'Talk soon.', createdAt: new Date().toISOString() },
      ],
      from: coach,
      recipientPublicKey: publicKeyBytes(patient.publicKey),
    });
    const opened = await openSealed(sealed, patient);
    if (!opened.ok) throw new Error(opened.refusal.message);
    expect(opened.value.sender.name).toBe('Dr Rivera');
    await importPreview(opened.value);
    expect((await listComments()).map((c) => c.authorName)).toEqual(['Dr Rivera']);
  });
});
