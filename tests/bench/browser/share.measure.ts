import { it } from 'vitest';
import type { ShareItem } from '../../../src/domain/share-item';
import { publicKeyBytes } from '../../../src/features/sharing/identity';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb } from '../../fixtures/sharing/real-db';
import { METRICS } from '../budgets.ts';
import { median } from '../stats.ts';
import { report } from './report.ts';

// share_seal_100_ms / share_open_100_ms: a share of 100 realistic journal items (a few hundred words each).
const items: ShareItem[] = Array.from({ length: 100 }, (_, i) => ({
  ...makeJournalItem(`entry-${i}`),
  text: `Entry ${i}. ${'The music felt far away, then very close. I noticed my breath and the weight of the blanket. '.repeat(8)}`,
}));

it('measures sealing and opening a share of 100 items', async () => {
  await openRealTestDb();
  const coach = await makeIdentity('Coach');
  const patient = await makeIdentity('Patient');
  const seal = () =>
    sealShareBundle({
      items,
      from: patient,
      recipientPublicKey: publicKeyBytes(coach.publicKey),
      expiresAt: null,
    });
  const seals: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i < 9; i++) {
    let start = performance.now();
    const { sealed } = await seal();
    seals.push(performance.now() - start);
    start = performance.now();
    const opened = await openSealed(sealed, coach);
    opens.push(performance.now() - start);
    if (!opened.ok) throw new Error('The bench share did not open');
  }
  const note = 'median of 9; 100 journal items, compressed, padded, ECDH + HKDF + AES-GCM';
  await report('share', {
    share_seal_100_ms: {
      value: Math.round(median(seals) * 10) / 10,
      unit: 'ms',
      budget: METRICS.share_seal_100_ms?.budget ?? 150,
      note,
    },
    share_open_100_ms: {
      value: Math.round(median(opens) * 10) / 10,
      unit: 'ms',
      budget: METRICS.share_open_100_ms?.budget ?? 150,
      note,
    },
  });
});
