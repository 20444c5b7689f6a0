// Property-based fuzzing of the encrypted backup path: damaged, truncated and spliced files must be refused with a
// message (never a throw, never an "ok") before any key derivation; only the untouched file opens.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBackupFile, sealBackup } from '../../../src/storage/backup-file';
import { encodeBackup } from '../../../src/storage/backup-format';
import { makeBackupStores } from '../../fixtures/backup-builders';

const PASS = 'ABCD EFGH JKMN PQRS TVWX';
let plain: Uint8Array;
let sealed: Uint8Array;

beforeAll(async () => {
  plain = await encodeBackup(makeBackupStores(), new Date('2026-11-10T12:00:00.000Z'));
  sealed = await sealBackup(plain, PASS);
});

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Ways to damage a valid encrypted backup. */
const damaged = () =>
  fc.oneof(
    fc.nat().map((n) => sealed.slice(0, n % sealed.length)),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 6 }).map((flips) => {
      const copy = sealed.slice();
      for (const [at, bit] of flips) copy[at % copy.length]! ^= 1 << bit;
      return copy;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([at, junk]) => {
      const copy = sealed.slice();
      copy.set(junk.subarray(0, Math.max(0, copy.length - (at % copy.length))), at % copy.length);
      return copy;
    }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((tail) => new Uint8Array([...sealed, ...tail])),
    // Garbage that starts like a container.
    fc.uint8Array({ maxLength: 400 }).map((rest) => new Uint8Array([0x53, 0x50, ...rest])),
  );

describe('fuzzing encrypted backup files', () => {
  it('refuses 20,000 damaged files with a message, without throwing; only the untouched file opens', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(), async (bytes) => {
        const result = await openBackupFile(bytes, PASS);
        if (sameBytes(bytes, sealed)) return result.kind === 'ok';
        // Cut before the magic bytes it is no longer a container: then the plain reader must refuse it.
        if (result.kind === 'plain') return !result.result.ok && result.result.reason.length > 0;
        return result.kind === 'refused' && result.reason.length > 0;
      }),
      { numRuns: 20_000 },
    );
  }, 240_000);

  it('opens the untouched file, and a wrong passphrase is told apart from damage', async () => {
    expect((await openBackupFile(sealed, PASS)).kind).toBe('ok');
    expect((await openBackupFile(sealed, 'ZZZZ ZZZZ ZZZZ ZZZZ ZZZZ')).kind).toBe('wrong-passphrase');
  }, 30_000);
});
