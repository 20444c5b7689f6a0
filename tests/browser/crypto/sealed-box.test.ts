import { describe, expect, it } from 'vitest';
import { parseContainer } from '../../../src/domain/share-container';
import { toBase64Url } from '../../../src/lib/base64url';
import { utf8 } from '../../../src/lib/bytes';
import { aesGcmSealFresh, generateDeviceKeyPair, importAesKey, randomBytes } from '../../../src/platform/crypto';
import { generatePassphrase, openWithPassphrase, sealWithPassphrase } from '../../../src/platform/sealed-box';

const message = utf8('{"hello":"coach"}');

describe('the sealed box', () => {
  it('pads the ciphertext to a whole number of KiB so the length says little', async () => {
    const sealed = await sealWithPassphrase(message, generatePassphrase());
    const parsed = parseContainer(sealed);
    expect(parsed.ok && (parsed.value.ciphertext.length - 16) % 1024).toBe(0);
  });

  it('keeps private keys non-extractable', async () => {
    const keyPair = await generateDeviceKeyPair();
    await expect(crypto.subtle.exportKey('pkcs8', keyPair.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', keyPair.privateKey)).rejects.toThrow();
  });

  it('never repeats an IV over 100,000 seals with one key', async () => {
    const key = await importAesKey(randomBytes(32));
    const aad = new Uint8Array(8);
    const plaintext = new Uint8Array(4);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const { iv } = await aesGcmSealFresh(key, plaintext, () => aad);
      seen.add(toBase64Url(iv));
    }
    expect(seen.size).toBe(100_000);
  }, 120_000);

  it('writes passphrase containers as version 1, which old backups also are', async () => {
    const sealed = await sealWithPassphrase(message, generatePassphrase());
    expect(sealed[2]).toBe(1);
  });
});

describe('passphrase mode', () => {
  it('generates passphrases of five groups of four unambiguous characters', () => {
    const passphrase = generatePassphrase();
    expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(generatePassphrase()).not.toBe(passphrase);
  });

  it('opens with the right passphrase typed loosely, and refuses a wrong one', async () => {
    const passphrase = generatePassphrase();
    const sealed = await sealWithPassphrase(message, passphrase, utf8('backup'));
    const opened = await openWithPassphrase(sealed, passphrase.toLowerCase().replace(/-/g, ' '), utf8('backup'));
    expect(opened.ok).toBe(true);
    expect(await openWithPassphrase(sealed, generatePassphrase(), utf8('backup'))).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
    expect((await openWithPassphrase(sealed, passphrase, utf8('share'))).ok).toBe(false);
  });

  it('inflates past the share limit only when the caller allows more, and calls an oversized inflate changed', async () => {
    const passphrase = generatePassphrase();
    const large = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const sealed = await sealWithPassphrase(large, passphrase, utf8('backup'));
    expect(await openWithPassphrase(sealed, passphrase, utf8('backup'))).toEqual({ ok: false, problem: 'changed' });
    const opened = await openWithPassphrase(sealed, passphrase, utf8('backup'), 32 * 1024 * 1024);
    expect(opened.ok && opened.plaintext.length).toBe(large.length);
  });

  it('refuses an iteration count outside the accepted range before deriving anything', async () => {
    const sealed = await sealWithPassphrase(message, generatePassphrase());
    const text = new TextDecoder().decode(sealed.subarray(5, 300));
    const at = 5 + text.indexOf('"iter":600000') + '"iter":'.length;
    const forged = sealed.slice();
    forged[at] = 0x31; // 600000 → 100000: below the floor
    expect(await openWithPassphrase(forged, 'anything')).toEqual({ ok: false, problem: 'unsupported' });
  });
});
