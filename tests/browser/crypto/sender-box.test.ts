import { describe, expect, it } from 'vitest';
import { parseContainer } from '../../../src/domain/share-container';
import { toBase64Url } from '../../../src/lib/base64url';
import { utf8 } from '../../../src/lib/bytes';
import { exportPublicKey, generateDeviceKeyPair } from '../../../src/platform/crypto';
import type { DeviceKey } from '../../../src/platform/sealed-box';
import { openFromSender, sealFromSender, sealPreparedWith } from '../../../src/platform/sender-box';
import vector from '../../fixtures/sharing/auth-vector.json';
import { hex, toHex } from '../../fixtures/sharing/builders';
import { forgeAuthContainer, sealLegacyContainer } from '../../fixtures/sharing/forge';

async function makeDevice(): Promise<DeviceKey> {
  const keyPair = await generateDeviceKeyPair();
  return { keyPair, publicKey: await exportPublicKey(keyPair.publicKey) };
}

async function deviceFromJwk(jwk: JsonWebKey): Promise<DeviceKey> {
  const params = { name: 'ECDH', namedCurve: 'P-256' };
  const privateKey = await crypto.subtle.importKey('jwk', jwk, params, false, ['deriveBits']);
  const { d: _secret, ...publicJwk } = jwk;
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, params, true, []);
  return { keyPair: { privateKey, publicKey }, publicKey: await exportPublicKey(publicKey) };
}

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

/** Replaces the first occurrence of `from` in the header text with `to` (same length, so the prefix still fits). */
function editHeader(sealed: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder().decode(sealed.subarray(0, 1200));
  const at = text.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error('edit does not fit');
  const copy = sealed.slice();
  copy.set(utf8(to), at);
  return copy;
}

const message = utf8('{"hello":"coach"}');

describe('the authenticated sealed box (version 2)', () => {
  it('opens what the sender sealed for this device and names the key that sealed it', async () => {
    const [patient, coach] = await Promise.all([makeDevice(), makeDevice()]);
    const sealed = await sealFromSender(message, patient, coach.publicKey);
    const opened = await openFromSender(sealed, coach);
    if (!opened.ok) throw new Error(opened.problem);
    expect(new TextDecoder().decode(opened.plaintext)).toBe('{"hello":"coach"}');
    expect(toBase64Url(opened.senderPublicKey)).toBe(toBase64Url(patient.publicKey));
    expect(sealed[2]).toBe(2);
  });

  it('matches the known-answer vector computed independently with Node crypto, both ways', async () => {
    const [ephemeral, sender, recipient] = await Promise.all([
      deviceFromJwk(vector.ephemeral),
      deviceFromJwk(vector.sender),
      deviceFromJwk(vector.recipient),
    ]);
    const random = { ephemeral: ephemeral.keyPair, salt: hex(vector.salt), iv: hex(vector.iv) };
    const dates = { created: new Date(vector.created), expires: new Date(vector.expires) };
    const sealed = await sealPreparedWith(hex(vector.padded), sender, recipient.publicKey, random, dates);
    expect(toHex(sealed)).toBe(vector.container);
    const opened = await openFromSender(hex(vector.container), recipient);
    expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe(vector.plaintext);
  });

  it('refuses a container made with public keys only (the attacker claims a sender they cannot prove)', async () => {
    const [patient, coach] = await Promise.all([makeDevice(), makeDevice()]);
    const forged = await forgeAuthContainer(
      { hello: 'coach' },
      toBase64Url(patient.publicKey),
      toBase64Url(coach.publicKey),
    );
    expect(parseContainer(forged).ok).toBe(true);
    expect(await openFromSender(forged, coach)).toEqual({ ok: false, problem: 'changed' });
  });

  it('refuses a genuine container whose sender key was swapped for another', async () => {
    const [patient, coach, other] = await Promise.all([makeDevice(), makeDevice(), makeDevice()]);
    const sealed = await sealFromSender(message, patient, coach.publicKey);
    const parsed = parseContainer(sealed);
    if (!parsed.ok || parsed.value.header.mode !== 'auth') throw new Error('not sealed');
    const swapped = editHeader(sealed, parsed.value.header.spk, toBase64Url(other.publicKey));
    expect(await openFromSender(swapped, coach)).toEqual({ ok: false, problem: 'changed' });
  });

  it('refuses a changed header, a changed tag and a changed ciphertext', async () => {
    const [patient, coach] = await Promise.all([makeDevice(), makeDevice()]);
    const sealed = await sealFromSender(message, patient, coach.publicKey, { expires: new Date('2030-01-01') });
    expect(await openFromSender(editHeader(sealed, '"expires":"2030', '"expires":"2031'), coach)).toEqual({
      ok: false,
      problem: 'changed',
    });
    expect(await openFromSender(flip(sealed, sealed.length - 1), coach)).toEqual({ ok: false, problem: 'changed' });
    expect(await openFromSender(flip(sealed, sealed.length - 600), coach)).toEqual({ ok: false, problem: 'changed' });
  });

  it('refuses a container sealed for someone else as not for this device', async () => {
    const [patient, coach, stranger] = await Promise.all([makeDevice(), makeDevice(), makeDevice()]);
    const sealed = await sealFromSender(message, patient, coach.publicKey);
    expect(await openFromSender(sealed, stranger)).toEqual({ ok: false, problem: 'not-for-this-device' });
  });

  it('never opens the first, unauthenticated format, even when it is sealed for this device', async () => {
    const coach = await makeDevice();
    const legacy = await sealLegacyContainer({ hello: 'coach' }, toBase64Url(coach.publicKey));
    expect(await openFromSender(legacy, coach)).toEqual({ ok: false, problem: 'unverified-old-version' });
  });

  it('refuses a container from a newer version of the app', async () => {
    const [patient, coach] = await Promise.all([makeDevice(), makeDevice()]);
    const sealed = (await sealFromSender(message, patient, coach.publicKey)).slice();
    sealed[2] = 3;
    expect(await openFromSender(sealed, coach)).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('uses a fresh ephemeral key, salt and IV for every seal', async () => {
    const [patient, coach] = await Promise.all([makeDevice(), makeDevice()]);
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const parsed = parseContainer(await sealFromSender(message, patient, coach.publicKey));
      if (parsed.ok && parsed.value.header.mode === 'auth') {
        const { epk, salt, iv } = parsed.value.header;
        seen.add(epk).add(salt).add(iv);
      }
    }
    expect(seen.size).toBe(60);
  });
});
