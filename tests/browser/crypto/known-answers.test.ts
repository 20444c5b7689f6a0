import { describe, expect, it } from 'vitest';
import { aesGcmOpen, aesGcmSeal, hkdf, importAesKey } from '../../../src/platform/crypto';
import { hex, toHex } from '../../fixtures/sharing/builders';

describe('known-answer tests in a real browser', () => {
  it('derives the RFC 5869 test case 1 output with HKDF-SHA-256', async () => {
    const okm = await hkdf(hex('0b'.repeat(22)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42);
    expect(toHex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  });

  // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV, with AAD).
  const key = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
  const iv = hex('cafebabefacedbaddecaf888');
  const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const plaintext = hex(
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
  );
  const expected =
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
    '76fc6ece0f4e1768cddf8853bb2d551b';

  it('encrypts the McGrew-Viega AES-256-GCM vector with associated data', async () => {
    const sealed = await aesGcmSeal(await importAesKey(key), iv, plaintext, aad);
    expect(toHex(sealed)).toBe(expected);
  });

  it('decrypts the vector, and refuses it when the associated data changes', async () => {
    const aesKey = await importAesKey(key);
    expect(toHex((await aesGcmOpen(aesKey, iv, hex(expected), aad)) ?? new Uint8Array())).toBe(toHex(plaintext));
    const otherAad = aad.slice();
    otherAad[0] = (otherAad[0] ?? 0) ^ 1;
    expect(await aesGcmOpen(aesKey, iv, hex(expected), otherAad)).toBeUndefined();
  });
});
