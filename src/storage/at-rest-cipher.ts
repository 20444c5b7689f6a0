// The app lock's cipher for one record: AES-256-GCM under the data key, with the store, the record's key and the
// schema version as associated data. Loaded lazily by at-rest.ts (and used directly by the conversion).
import { utf8 } from '../lib/bytes';
import { aesGcmOpen, aesGcmSealFresh } from '../platform/crypto';
import { isSealed, SEALED_FIELD, type SealedPart } from './at-rest';
import { clearFieldsOf } from './at-rest-policy';
import { decodeValue, encodeValue } from './backup-codec';
import { DB_VERSION, type StoreName } from './schema';

function associatedData(store: StoreName, key: unknown, version: number): Uint8Array<ArrayBuffer> {
  return utf8(`stillpoint record v1\n${store}\n${String(key)}\n${version}`);
}

function primaryKeyOf(value: Record<string, unknown>): unknown {
  return value.id;
}

/** Seals one record with the given key (the conversion uses this with the key it holds). */
export async function sealWith(key: CryptoKey, store: StoreName, value: unknown): Promise<unknown> {
  const clear = clearFieldsOf(store);
  if (!clear || typeof value !== 'object' || value === null || isSealed(value)) return value;
  const record = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of clear) if (record[field] !== undefined) kept[field] = record[field];
  const plaintext = utf8(JSON.stringify(await encodeValue(record)));
  const sealed = await aesGcmSealFresh(key, plaintext, () => associatedData(store, primaryKeyOf(record), DB_VERSION));
  const part: SealedPart = { v: DB_VERSION, iv: sealed.iv, data: sealed.ciphertext };
  return { ...kept, [SEALED_FIELD]: part };
}

/** Opens one sealed record with the given key; undefined when it does not open (damaged, or moved). */
export async function openWith(key: CryptoKey, store: StoreName, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  const part = value[SEALED_FIELD];
  const bytes = await aesGcmOpen(key, part.iv, part.data, associatedData(store, primaryKeyOf(value), part.v));
  if (!bytes) return undefined;
  try {
    return decodeValue(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return undefined;
  }
}
