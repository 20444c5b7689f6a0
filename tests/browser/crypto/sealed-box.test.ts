import { describe, expect, it } from 'vitest';
import { parseContainer } from '../../../src/domain/share-container';
import { toBase64Url } from '../../../src/lib/base64url';
import { utf8 } from '../../../src/lib/bytes';
import {
  aesGcmSealFresh,
  exportPublicKey,
  generateDeviceKeyPair,
  importAesKey,
  randomBytes,
} from '../../../src/platform/crypto';
import {
  type DeviceKey,
  generatePassphrase,
  openForDevice,
  openWithPassphrase,
  sealForRecipient,
  sealWithPassphrase,
} from '../../../src/platform/sealed-box';

async function makeDevice(): Promise<DeviceKey> {
  const keyPair = await generateDeviceKeyPair();
  return { keyPair, publicKey: await exportPublicKey(keyPair.publicKey) };
}

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

const message = utf8('{"hello":"coach"}');

describe('the sealed box', () => {
  it('opens what it sealed for this device, and only that', async () => {
    const coach = await makeDevice();
    const sealed = await sealForRecipient(message, coach.publicKey);
    const opened = await openForDevice(sealed, coach);
    expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe('{"hello":"coach"}');
  });

  it('pads the ciphertext to a whole number of KiB so the length says little', async () => {
    const coach = await makeDevice();
    const sealed = await sealForRecipient(message, coach.publicKey);
    const parsed = parseContainer(sealed);
    expect(parsed.ok && (parsed.value.ciphertext.length - 16) % 1024).toBe(0);
  });

  it('keeps private keys non-extractable', async () => {
    const { keyPair } = await makeDevice();
    await expect(crypto.subtle.exportKey('pkcs8', keyPair.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', keyPair.privateKey)).rejects.toThrow();
  });

  it('refuses a share sealed for someone else as not for this device', async () => {
    const coach = await makeDevice();
    const stranger = await makeDevice();
    const sealed = await sealForRecipient(message, coach.publicKey);
    expect(await openForDevice(sealed, stranger)).toEqual({ ok: false, problem: 'not-for-this-device' });
  });

  it('refuses a changed ciphertext, a changed header and a truncated container', async () => {
    const coach = await makeDevice();
    const sealed = await sealForRecipient(message, coach.publicKey);
    expect(await openForDevice(flip(sealed, sealed.length - 1), coach)).toEqual({ ok: false, problem: 'changed' });
    expect(await openForDevice(flip(sealed, sealed.length - 600), coach)).toEqual({ ok: false, problem: 'changed' });
    // The "created" date sits in the header; changing one digit keeps the header valid but breaks the AAD.
    const text = new TextDecoder().decode(sealed.subarray(0, 400));
    const at = text.indexOf('"created":"2') + '"created":"2'.length;
    const digit = sealed[at] === 0x30 ? 0x31 : 0x30;
    const forged = sealed.slice();
    forged[at] = digit;
    expect(await openForDevice(forged, coach)).toEqual({ ok: false, problem: 'changed' });
    expect(await openForDevice(sealed.subarray(0, sealed.length - 10), coach)).toEqual({
      ok: false,
      problem: 'not-a-share',
    });
  });

  it('refuses a container from a newer version of the app', async () => {
    const coach = await makeDevice();
    const sealed = (await sealForRecipient(message, coach.publicKey)).slice();
    sealed[2] = 2;
    expect(await openForDevice(sealed, coach)).toEqual({ ok: false, problem: 'newer-version' });
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

  it('uses a fresh IV and salt for every sealed share', async () => {
    const coach = await makeDevice();
    const ivs = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const parsed = parseContainer(await sealForRecipient(message, coach.publicKey));
      if (parsed.ok) ivs.add(parsed.value.header.iv);
    }
    expect(ivs.size).toBe(50);
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
