import { describe, expect, it } from 'vitest';
import { type ClinicKey, mayLoosenAtOnce, type PackSigner, packTrust } from '../../../src/domain/pack-trust';

const signer: PackSigner = { id: 'clinic-one', publicKey: 'A'.repeat(87), fingerprint: 'AAAA BBBB CCCC DDDD EEEE' };
const other: PackSigner = { id: 'clinic-two', publicKey: 'B'.repeat(87), fingerprint: 'FFFF GGGG HHHH JJJJ KKKK' };
const riverside: ClinicKey = { ...signer, role: 'clinic', name: 'Riverside Clinic', addedAt: '2026-12-01T10:00:00Z' };

describe('how far a clinic pack is trusted', () => {
  it('is verified when signed by a pinned key, whatever publisher it names', () => {
    expect(packTrust({ publisher: 'Riverside (new name)' }, signer, [riverside])).toEqual({
      kind: 'verified',
      clinic: riverside,
    });
  });

  it('is unpinned when signed by a key not pinned and naming no pinned clinic', () => {
    expect(packTrust({ publisher: 'Hillside Clinic' }, other, [riverside])).toEqual({
      kind: 'unpinned',
      signer: other,
    });
  });

  it('is unsigned without a signature', () => {
    expect(packTrust({ publisher: 'Hillside Clinic' }, undefined, [riverside])).toEqual({ kind: 'unsigned' });
  });

  it('is stopped when it names a pinned clinic but is signed by another key, even spelt with look-alike letters', () => {
    expect(packTrust({ publisher: 'Rivеrside  clinic' }, other, [riverside])).toEqual({
      kind: 'look-alike',
      clinic: riverside,
      signer: other,
    });
  });

  it('is stopped when it names a pinned clinic and is not signed at all', () => {
    expect(packTrust({ publisher: 'Riverside Clinic' }, undefined, [riverside])).toEqual({
      kind: 'look-alike',
      clinic: riverside,
    });
  });

  it('counts no removed clinic', () => {
    const removed = { ...riverside, removedAt: '2026-12-02T10:00:00Z' };
    expect(packTrust({ publisher: 'Riverside Clinic' }, signer, [removed]).kind).toBe('unpinned');
    expect(packTrust({ publisher: 'Riverside Clinic' }, other, [removed]).kind).toBe('unpinned');
  });

  it('lets only a verified pack loosen a rule without the second confirmation', () => {
    expect(mayLoosenAtOnce({ kind: 'verified', clinic: riverside })).toBe(true);
    expect(mayLoosenAtOnce({ kind: 'unpinned', signer })).toBe(false);
    expect(mayLoosenAtOnce({ kind: 'unsigned' })).toBe(false);
  });
});
