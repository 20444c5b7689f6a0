import { beforeEach, describe, expect, it } from 'vitest';
import { ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { importPreview } from '../../../src/features/sharing/import-bundle';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { sealReplyBundle, sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { keyIdOf } from '../../../src/platform/sealed-box';
import { listContacts, removeContact, saveContact } from '../../../src/storage/contacts-store';
import { listInboxFor } from '../../../src/storage/inbox-store';
import { makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb as openTestDb } from '../../fixtures/sharing/real-db';

const comment = {
  id: 'c1',
  itemId: 'entry-1',
  itemLabel: 'Entry',
  text: 'Hello.',
  createdAt: '2026-11-12T10:00:00.000Z',
};

describe('removing a contact', () => {
  beforeEach(openTestDb);

  it('on the patient side: the coach stays in the history as removed, and their replies are no longer opened', async () => {
    const coach = await makeIdentity('Dr Rivera');
    const patient = await ensureIdentity('Sam');
    const id = await keyIdOf(publicKeyBytes(coach.publicKey));
    await saveContact({
      id,
      role: 'coach',
      name: 'Dr Rivera',
      publicKey: coach.publicKey,
      fingerprint: 'AAAA AAAA AAAA AAAA AAAA',
      addedAt: '2026-11-01T09:00:00.000Z',
    });
    await removeContact(id, new Date('2026-11-20T09:00:00.000Z'));
    expect((await listContacts()).map((c) => [c.name, c.removedAt])).toEqual([
      ['Dr Rivera', '2026-11-20T09:00:00.000Z'],
    ]);
    const { sealed } = await sealReplyBundle({
      comments: [comment],
      from: coach,
      recipientPublicKey: publicKeyBytes(patient.publicKey),
    });
    const opened = await openSealed(sealed, patient);
    expect(!opened.ok && opened.refusal.reason).toBe('removed-sender');
  });

  it('on the coach side: what the patient shared stays, and a new share from them is not opened', async () => {
    const coach = await ensureIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    const share = () =>
      sealShareBundle({
        items: [makeJournalItem()],
        from: patient,
        recipientPublicKey: publicKeyBytes(coach.publicKey),
        expiresAt: null,
      });
    const first = await openSealed((await share()).sealed, coach);
    if (!first.ok) throw new Error(first.refusal.message);
    await importPreview(first.value);
    await removeContact(first.value.contactId);
    expect(await listInboxFor(first.value.contactId)).toHaveLength(1);
    const again = await openSealed((await share()).sealed, coach);
    expect(!again.ok && again.refusal.reason).toBe('removed-sender');
  });
});
