// Property-based fuzzing of the one opening path: whatever arrives, it never throws, never accepts what it should
// not, and never writes on refusal. Cheap structural cases run in bulk; full-decrypt cases are fewer.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeHeader } from '../../../src/domain/share-container';
import type { Identity } from '../../../src/domain/share-records';
import { ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { importPreview } from '../../../src/features/sharing/import-bundle';
import { openSealed, sealedFromFragment } from '../../../src/features/sharing/open-bundle';
import { sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { toBase64Url } from '../../../src/lib/base64url';
import { concatBytes } from '../../../src/lib/bytes';
import { keyIdOf } from '../../../src/platform/sealed-box';
import { countImports } from '../../../src/storage/imports-store';
import { countInbox } from '../../../src/storage/inbox-store';
import { makeFlaggedScaleItem, makeSessionItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { openRealTestDb } from '../../fixtures/sharing/real-db';

let coach: Identity;
let valid: Uint8Array;
let rkid: string;

/** The whole path a person would take: open, and import only if it opened. Returns whether anything was accepted. */
async function tryToImport(bytes: Uint8Array): Promise<boolean> {
  const opened = await openSealed(bytes, coach);
  if (!opened.ok) {
    expect(opened.refusal.message.length).toBeGreaterThan(0);
    return false;
  }
  return importPreview(opened.value);
}

async function storedCounts() {
  return [await countInbox(), await countImports()];
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  const index = Math.floor(bit / 8) % copy.length;
  copy[index] = (copy[index] ?? 0) ^ (1 << (bit % 8));
  return copy;
}

const bytesOf = (length: number) => fc.uint8Array({ minLength: length, maxLength: length }).map(toBase64Url);

describe('fuzzing the opening path', () => {
  beforeAll(async () => {
    await openRealTestDb();
    coach = await ensureIdentity('Dr Rivera');
    const patient = await makeIdentity('Sam');
    valid = (
      await sealShareBundle({
        items: [makeFlaggedScaleItem(), makeSessionItem()],
        from: patient,
        recipientPublicKey: publicKeyBytes(coach.publicKey),
        expiresAt: null,
      })
    ).sealed;
    rkid = await keyIdOf(publicKeyBytes(coach.publicKey));
  });

  it('refuses garbage bytes, truncations and header bit flips without writing (bulk)', async () => {
    const before = await storedCounts();
    const headerLength = 5 + (((valid[3] ?? 0) << 8) | (valid[4] ?? 0));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (garbage) => !(await tryToImport(garbage))),
      { numRuns: 8000 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: valid.length - 1 }),
        async (cut) => !(await tryToImport(valid.subarray(0, cut))),
      ),
      { numRuns: 4000 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: headerLength * 8 - 1 }),
        async (bit) => !(await tryToImport(flipBit(valid, bit))),
      ),
      { numRuns: 4000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 3000 }), async (text) => {
        const read = sealedFromFragment(text);
        return !read.ok || !(await tryToImport(read.value));
      }),
      { numRuns: 2000 },
    );
    expect(await storedCounts()).toEqual(before);
  }, 60_000);

  it('refuses forged headers, ciphertext bit flips and a wrong key after trying to decrypt (fewer, costlier)', async () => {
    const before = await storedCounts();
    const forgedHeader = fc.record({
      mode: fc.constant('ecdh' as const),
      alg: fc.constant('ECDH-P256/HKDF-SHA256/A256GCM' as const),
      salt: bytesOf(32),
      iv: bytesOf(12),
      epk: bytesOf(65),
      rkid: fc.oneof(fc.constant(rkid), bytesOf(16)),
      created: fc.constant('2026-11-10T09:00:00.000Z'),
      expires: fc.constant(null),
    });
    await fc.assert(
      fc.asyncProperty(forgedHeader, fc.uint8Array({ minLength: 1040, maxLength: 1040 }), async (header, body) => {
        return !(await tryToImport(concatBytes(encodeHeader(header), body)));
      }),
      { numRuns: 1500 },
    );
    const headerLength = 5 + (((valid[3] ?? 0) << 8) | (valid[4] ?? 0));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: headerLength * 8, max: valid.length * 8 - 1 }),
        async (bit) => !(await tryToImport(flipBit(valid, bit))),
      ),
      { numRuns: 500 },
    );
    const stranger = await makeIdentity('Stranger');
    await fc.assert(
      fc.asyncProperty(fc.constant(valid), async (bytes) => !(await openSealed(bytes, stranger)).ok),
      { numRuns: 20 },
    );
    expect(await storedCounts()).toEqual(before);
  }, 60_000);

  it('still accepts the untouched share, exactly once', async () => {
    expect(await tryToImport(valid)).toBe(true);
    expect(await tryToImport(valid)).toBe(false);
    expect(await storedCounts()).toEqual([2, 1]);
  });
});
