import { beforeEach, describe, expect, it } from 'vitest';
import { EXPIRED_COMMENT_LABEL } from '../../../src/domain/share-expiry';
import { ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { importPreview } from '../../../src/features/sharing/import-bundle';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { addComment, sealReply } from '../../../src/features/sharing/review-flow';
import { sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { listComments } from '../../../src/storage/comments-store';
import { loadContact } from '../../../src/storage/contacts-store';
import { countImports } from '../../../src/storage/imports-store';
import { countInbox, listInboxFor } from '../../../src/storage/inbox-store';
import { sweepExpiredShares } from '../../../src/storage/share-expiry';
import { listShares } from '../../../src/storage/shares-store';
import { makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb as openTestDb } from '../../fixtures/sharing/real-db';

describe('when a shared item expires on the coach device', () => {
  beforeEach(openTestDb);

  it('its comments’ labels, the import record and the reply history’s labels go with it', async () => {
    const coach = await ensureIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    const expiresAt = new Date(Date.now() + 60_000);
    const { sealed } = await sealShareBundle({
      items: [makeJournalItem('entry-1', { title: 'The night I called my sister' })],
      from: patient,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt,
    });
    const opened = await openSealed(sealed, coach);
    if (!opened.ok) throw new Error(opened.refusal.message);
    await importPreview(opened.value);
    const [item] = await listInboxFor(opened.value.contactId);
    if (!item) throw new Error('not imported');
    await addComment(item, 'Thank you for writing this.');
    const contact = await loadContact(opened.value.contactId);
    if (!contact) throw new Error('no contact');
    await sealReply(contact, await listComments());

    expect(await sweepExpiredShares(new Date())).toBe(0);
    expect(await sweepExpiredShares(new Date(expiresAt.getTime() + 1))).toBe(1);
    expect({ inbox: await countInbox(), imports: await countImports() }).toEqual({ inbox: 0, imports: 0 });
    expect((await listComments()).map((c) => [c.text, c.itemLabel])).toEqual([['Thank you for writing this.', '']]);
    expect((await listShares()).map((s) => s.itemLabels)).toEqual([[EXPIRED_COMMENT_LABEL]]);
    expect(JSON.stringify(await listShares())).not.toContain('sister');
  });
});
