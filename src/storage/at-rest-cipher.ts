// The app lock's cipher for one record: AES-256-GCM under the data key. The plaintext (the whole record) is padded
// to a size bucket first, so a ciphertext's length tells only its bucket (not a questionnaire's band, nor an item-9
// answer). The associated data binds the store, the record's key, the schema version and the record's clear fields,
// so none of them can be changed on the disk without the record failing to open. Loaded lazily by at-rest.ts (and
// used directly by the conversion).
import { utf8 } from '../lib/bytes';
import { canonicalJson } from '../lib/canonical-json';
import { padToBucket, unpadBucket } from '../lib/size-bucket';
import { aesGcmOpen, aesGcmSealFresh } from '../platform/crypto';
import { clearFieldsFor, pickClearFields, recordKeyOf } from './at-rest-policy';
import { isSealed, lockedView, SEALED_FIELD, type SealedPart } from './at-rest-record';
import { decodeValue, encodeValue } from './backup-codec';
import { DB_VERSION, type StoreName } from './schema';

/** The sealing format written now (see SealedPart.f). */
export const SEAL_FORMAT = 2;

function associatedData(store: StoreName, key: unknown, version: number, clear?: Record<string, unknown>) {
  const head = `${store}\n${String(key)}\n${version}`;
  // The first format bound neither the clear fields nor a format number; it is still opened, never written.
  return clear === undefined
    ? utf8(`stillpoint record v1\n${head}`)
    : utf8(`stillpoint record v${SEAL_FORMAT}\n${head}\n${canonicalJson(clear)}`);
}

/** Whether a sealed record was written in the current format (older ones are sealed again by the conversion). */
export function isCurrentFormat(value: unknown): boolean {
  return isSealed(value) && value[SEALED_FIELD].f === SEAL_FORMAT;
}

/** Seals one record with the given key (the conversion uses this with the key it holds). */
export async function sealWith(key: CryptoKey, store: StoreName, value: unknown): Promise<unknown> {
  const fields = clearFieldsFor(store, value);
  if (!fields || typeof value !== 'object' || value === null || isSealed(value)) return value;
  const record = value as Record<string, unknown>;
  const clear = pickClearFields(record, fields);
  const plaintext = padToBucket(utf8(JSON.stringify(await encodeValue(record))));
  const aad = associatedData(store, recordKeyOf(store, record), DB_VERSION, clear);
  const sealed = await aesGcmSealFresh(key, plaintext, () => aad);
  const part: SealedPart = { v: DB_VERSION, f: SEAL_FORMAT, iv: sealed.iv, data: sealed.ciphertext };
  return { ...clear, [SEALED_FIELD]: part };
}

/** Opens one sealed record with the given key; undefined when it does not open (damaged, moved, or changed). */
export async function openWith(key: CryptoKey, store: StoreName, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  const part = value[SEALED_FIELD];
  const current = part.f === SEAL_FORMAT;
  if (part.f !== undefined && !current) return undefined;
  const aad = associatedData(store, recordKeyOf(store, value), part.v, current ? lockedView(value) : undefined);
  const bytes = await aesGcmOpen(key, part.iv, part.data, aad);
  const plaintext = bytes && current ? unpadBucket(bytes) : bytes;
  if (!plaintext) return undefined;
  try {
    return decodeValue(JSON.parse(new TextDecoder().decode(plaintext)));
  } catch {
    return undefined;
  }
}
