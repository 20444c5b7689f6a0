import { beforeEach, describe, expect, it } from 'vitest';
import { openSealed, openSealedWithPassphrase } from '../../../src/features/sharing/open-bundle';
import { sealForPassphrase } from '../../../src/features/sharing/share-flow';
import { listShares } from '../../../src/storage/shares-store';
import { makeFlaggedScaleItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb } from '../../fixtures/sharing/real-db';

describe('sharing with someone not paired', () => {
  beforeEach(openRealTestDb);

  it('seals with a generated passphrase that opens it, asks for it, and refuses a wrong one', async () => {
    const { sealed, passphrase } = await sealForPassphrase({
      items: [makeFlaggedScaleItem()],
      senderName: 'Sam',
      expiryDays: 7,
    });
    expect((await listShares())[0]?.transport).toBe('passphrase');
    const withoutPassphrase = await openSealed(sealed, await makeIdentity('Coach'));
    expect(!withoutPassphrase.ok && withoutPassphrase.refusal.reason).toBe('needs-passphrase');
    const wrong = await openSealedWithPassphrase(sealed, 'AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(!wrong.ok && wrong.refusal.message).toMatch(/does not open it/);
    const right = await openSealedWithPassphrase(sealed, passphrase);
    expect(right.ok && right.value.bundle.type === 'share' && right.value.bundle.items).toEqual([
      makeFlaggedScaleItem(),
    ]);
  });
});
