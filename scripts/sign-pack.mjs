// Signs a clinic's protocol pack so Stillpoint can tell it comes from the clinic and was not changed on the way.
// Uses Node's own Web Crypto (Node 20 or newer) and nothing else, so a clinic can copy this one file and run it.
//
//   node scripts/sign-pack.mjs --new-key clinic-key.jwk                 make a key pair (keep the file private)
//   node scripts/sign-pack.mjs --fingerprint clinic-key.jwk             print the key's code again
//   node scripts/sign-pack.mjs --key clinic-key.jwk pack.json > signed-pack.json
//
// The signature is ECDSA P-256 with SHA-256 over the pack's canonical JSON (object keys sorted, no spaces), the same
// bytes src/domain/pack-signature.ts checks. The code printed is the one people compare with the clinic's papers.

import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const { subtle } = webcrypto;
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNED_PACK_TYPE = 'stillpoint-signed-pack';
// Crockford base32 without I, L, O, U, as the app writes fingerprints (src/domain/passphrase.ts).
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const USAGE = `Usage:
  node scripts/sign-pack.mjs --new-key clinic-key.jwk
  node scripts/sign-pack.mjs --fingerprint clinic-key.jwk
  node scripts/sign-pack.mjs --key clinic-key.jwk pack.json > signed-pack.json`;

/** JSON with every object's keys sorted; arrays keep their order (as src/lib/canonical-json.ts). */
function canonicalJson(value) {
  return JSON.stringify(value, (_key, inner) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function base64url(bytes) {
  return Buffer.from(bytes).toString('base64url');
}

/** Five groups of four characters from the SHA-256 of the raw public key (as src/platform/pack-signature.ts). */
async function codeOf(rawPublicKey) {
  const digest = new Uint8Array(await subtle.digest('SHA-256', rawPublicKey));
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of digest) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && text.length < 20) {
      bits -= 5;
      text += CODE_ALPHABET[(value >> bits) & 31];
    }
  }
  return text.match(/.{4}/g).join(' ');
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readJson(path, what) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    fail(`Cannot read ${what} ${path}.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    fail(`${what[0].toUpperCase()}${what.slice(1)} ${path} is not readable JSON.`);
  }
}

/** The private and raw public key from a key file written by --new-key. */
async function readKey(path) {
  const jwk = readJson(path, 'the key file');
  if (jwk?.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') {
    fail(`${path} is not a P-256 private key made by --new-key.`);
  }
  try {
    const privateKey = await subtle.importKey('jwk', jwk, ECDSA, false, ['sign']);
    const publicKey = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ECDSA, true, [
      'verify',
    ]);
    return { privateKey, raw: new Uint8Array(await subtle.exportKey('raw', publicKey)) };
  } catch {
    fail(`${path} is damaged: the key in it cannot be used.`);
  }
}

async function newKey(path) {
  const pair = await subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  try {
    // 'wx': never overwrite a key that may already be pinned on people's devices.
    writeFileSync(path, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch {
    fail(`${path} exists already (or cannot be written). Choose another file name: a key is never overwritten.`);
  }
  const code = await codeOf(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
  process.stdout.write(
    `Wrote the private key to ${path}. Keep it private and backed up: a new key means every patient checks again.\n` +
      `Its code, for the papers you give patients: ${code}\n`,
  );
}

async function sign(keyPath, packPath) {
  const pack = readJson(packPath, 'the pack');
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) fail(`${packPath} is not a protocol pack.`);
  if (pack.type === SIGNED_PACK_TYPE) fail(`${packPath} is signed already. Sign the pack itself.`);
  if (typeof pack.format !== 'number') fail(`${packPath} does not say which format it is, so it is not a pack.`);
  const { privateKey, raw } = await readKey(keyPath);
  const data = new TextEncoder().encode(canonicalJson(pack));
  const signature = new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, data));
  const signed = { type: SIGNED_PACK_TYPE, v: 1, pack, publicKey: base64url(raw), signature: base64url(signature) };
  process.stdout.write(`${JSON.stringify(signed, null, 2)}\n`);
  process.stderr.write(`Signed ${packPath} with the key whose code is ${await codeOf(raw)}\n`);
}

const [flag, first, second, ...rest] = process.argv.slice(2);
if (flag === '--new-key' && first && !second) await newKey(first);
else if (flag === '--fingerprint' && first && !second) {
  process.stdout.write(`${await codeOf((await readKey(first)).raw)}\n`);
} else if (flag === '--key' && first && second && rest.length === 0) await sign(first, second);
else fail(USAGE);
