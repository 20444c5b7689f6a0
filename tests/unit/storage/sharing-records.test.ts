import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  CommentSchema,
  ContactSchema,
  ImportRecordSchema,
  InboxItemSchema,
  ShareRecordSchema,
} from '../../../src/domain/share-records';
import { commitImport, countImports } from '../../../src/storage/imports-store';
import { countInbox, listInboxFor, removeExpiredInbox } from '../../../src/storage/inbox-store';
import { openTestDb } from '../../fixtures/test-db';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/databases/v1.sharing.json'), 'utf8'),
) as { stores: Record<string, unknown[]> };

const SCHEMAS: Record<string, z.ZodMiniType> = {
  contacts: ContactSchema,
  shares: ShareRecordSchema,
  inbox: InboxItemSchema,
  comments: CommentSchema,
  imports: ImportRecordSchema,
};

function makeImport(id: string, expiresAt: string | null = null) {
  const item = fixture.stores.inbox?.[0] as z.infer<typeof InboxItemSchema>;
  return {
    record: { id, type: 'share' as const, contactId: item.contactId, importedAt: item.receivedAt, expiresAt },
    inbox: [{ ...item, bundleId: id, expiresAt }],
  };
}

describe('the sharing stores', () => {
  it('read every saved version-1 sharing record with today’s schemas', () => {
    for (const [store, records] of Object.entries(fixture.stores)) {
      for (const record of records) expect(SCHEMAS[store]?.safeParse(record).success, store).toBe(true);
    }
  });

  it('write an import once; the same bundle again adds nothing', async () => {
    await openTestDb();
    expect(await commitImport(makeImport('bundle-1'))).toBe(true);
    expect(await commitImport(makeImport('bundle-1'))).toBe(false);
    expect([await countInbox(), await countImports()]).toEqual([1, 1]);
  });

  it('remove inbox items once their share has expired', async () => {
    await openTestDb();
    await commitImport(makeImport('bundle-2', '2026-12-01T00:00:00.000Z'));
    expect(await removeExpiredInbox(new Date('2026-11-30T00:00:00.000Z'))).toBe(0);
    expect(await removeExpiredInbox(new Date('2026-12-01T00:00:00.000Z'))).toBe(1);
    expect(await listInboxFor('p1Zr3yq8cU1cXcNn3m1qgA')).toEqual([]);
  });
});
