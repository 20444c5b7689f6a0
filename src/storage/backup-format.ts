// The backup file format, version 1, and its strict reader. Pure: bytes in, records or a refusal out, so that an
// encrypted mode can later wrap these very bytes (seal after encodeBackup, open before parseBackup).
//
// A backup is UTF-8 JSON:
//   { "format": "stillpoint-backup", "formatVersion": 1, "schemaVersion": <database version it was made from>,
//     "exportedAt": "<ISO time>", "stores": { "<store name>": [ <record>, … ], … } }
// Records are exactly as stored, except that binary values (voice-note audio) are tagged base64 objects
// (see backup-codec.ts). The `keys` store is never included: its CryptoKeys cannot be written out.
import { BadBinaryError, decodeValue, encodeValue } from './backup-codec';
import { isValidRecord, KEY_FIELDS } from './record-schemas';
import { DB_VERSION, STORES, type StoreName } from './schema';

/** The format's name, as written in every backup file. */
export const BACKUP_FORMAT = 'stillpoint-backup';
/** The version of the file format this build writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** The largest backup file we read (checked before reading it): 200 MiB. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Stores that never go into a plain backup (the keys store holds CryptoKeys, which cannot be serialised). */
export const EXCLUDED_STORES: readonly StoreName[] = [STORES.keys];
/** The stores a backup carries, in a fixed order. */
export const BACKUP_STORES: readonly StoreName[] = Object.values(STORES).filter((s) => !EXCLUDED_STORES.includes(s));

interface Envelope {
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  stores: Record<string, unknown[]>;
}

// Checked by hand rather than with zod: zod code used anywhere ships in the first screen's bundle.
function readEnvelope(json: unknown): Envelope | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { format, formatVersion, schemaVersion, exportedAt, stores } = json as Record<string, unknown>;
  if (format !== BACKUP_FORMAT || typeof formatVersion !== 'number') return undefined;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) return undefined;
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) return undefined;
  if (typeof stores !== 'object' || stores === null || Array.isArray(stores)) return undefined;
  if (!Object.values(stores).every(Array.isArray)) return undefined;
  return { formatVersion, schemaVersion: schemaVersion as number, exportedAt, stores: stores as Envelope['stores'] };
}

/** A backup that passed every check: its records, decoded, store by store. */
export interface ParsedBackup {
  schemaVersion: number;
  exportedAt: string;
  stores: Partial<Record<StoreName, unknown[]>>;
}

/** Why a file was refused, in words for the person. */
export interface BackupRefusal {
  ok: false;
  reason: string;
}

/** The result of reading a backup. */
export type BackupReadResult = { ok: true; backup: ParsedBackup } | BackupRefusal;

/** Writes records (store by store, as read from the database) into backup bytes. */
export async function encodeBackup(
  stores: Partial<Record<StoreName, unknown[]>>,
  now = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const encoded: Record<string, unknown[]> = {};
  for (const name of BACKUP_STORES) encoded[name] = (await encodeValue(stores[name] ?? [])) as unknown[];
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: DB_VERSION,
    exportedAt: now.toISOString(),
    stores: encoded,
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

const refuse = (reason: string): BackupRefusal => ({ ok: false, reason });
const NOT_A_BACKUP = 'This file is not a Stillpoint backup, or it is damaged.';

/** Reads and checks backup bytes strictly. Never throws: anything wrong is a refusal with a reason. */
export function parseBackup(bytes: Uint8Array): BackupReadResult {
  if (bytes.length > MAX_BACKUP_BYTES) return refuse('This file is too large to be a Stillpoint backup.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse(NOT_A_BACKUP);
  }
  const envelope = readEnvelope(json);
  if (!envelope) return refuse(NOT_A_BACKUP);
  const { formatVersion, schemaVersion, exportedAt, stores } = envelope;
  if (formatVersion !== BACKUP_FORMAT_VERSION) {
    return refuse('This backup was made in a format this version of Stillpoint cannot read. Update Stillpoint first.');
  }
  // An older schema version is read as it is: so far no migration changes a record's shape. When one does, the
  // records of older backups must be upgraded here, before they are checked against today's schemas.
  if (schemaVersion > DB_VERSION) {
    return refuse('This backup was made by a newer version of Stillpoint. Update Stillpoint, then try again.');
  }
  const out: Partial<Record<StoreName, unknown[]>> = {};
  for (const [name, records] of Object.entries(stores)) {
    if (!(BACKUP_STORES as readonly string[]).includes(name)) return refuse(NOT_A_BACKUP);
    const store = name as StoreName;
    let checked: ReturnType<typeof checkStore>;
    try {
      checked = checkStore(store, records);
    } catch {
      // Pathological input (say, nesting deep enough to exhaust the stack) is refused, never thrown.
      return refuse(NOT_A_BACKUP);
    }
    if (!checked.ok) return checked;
    out[store] = checked.records;
  }
  return { ok: true, backup: { schemaVersion, exportedAt, stores: out } };
}

function checkStore(store: StoreName, records: unknown[]): { ok: true; records: unknown[] } | BackupRefusal {
  const keyField = KEY_FIELDS[store];
  const seen = new Set<unknown>();
  const decoded: unknown[] = [];
  for (const raw of records) {
    let record: unknown;
    try {
      record = decodeValue(raw);
    } catch (error) {
      if (error instanceof BadBinaryError) return refuse(NOT_A_BACKUP);
      throw error;
    }
    if (!isValidRecord(store, record)) {
      return refuse(`This backup has a record that is not valid (in “${store}”). Nothing was restored.`);
    }
    const key = (record as Record<string, unknown>)[keyField];
    if (seen.has(key)) return refuse(`This backup lists the same record twice (in “${store}”). Nothing was restored.`);
    seen.add(key);
    decoded.push(record);
  }
  return { ok: true, records: decoded };
}
