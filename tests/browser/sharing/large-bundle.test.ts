import { describe, expect, it } from 'vitest';
import type { ShareItem } from '../../../src/domain/share-item';
import { publicKeyBytes } from '../../../src/features/sharing/identity';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { linkFor, sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { toBase64Url } from '../../../src/lib/base64url';
import { makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb } from '../../fixtures/sharing/real-db';

function makeItems(count: number): ShareItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ...makeJournalItem(`entry-${i}`),
    // Random text, so compression cannot hide the size.
    text: `Entry ${i}: ${toBase64Url(crypto.getRandomValues(new Uint8Array(300)))}`,
  }));
}

describe('a bundle of 100 items (the benchmark path)', () => {
  it('seals and opens 100 items, and goes as a file rather than a link', async () => {
    await openRealTestDb();
    const coach = await makeIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    const { sealed } = await sealShareBundle({
      items: makeItems(100),
      from: patient,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt: null,
    });
    expect(linkFor(sealed, 'https://example.test')).toBeUndefined();
    const opened = await openSealed(sealed, coach);
    expect(opened.ok && opened.value.bundle.type === 'share' && opened.value.bundle.items.length).toBe(100);
  });
});
