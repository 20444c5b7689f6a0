// A backup file as saved: the plain JSON of backup-format.ts, or those very bytes sealed with a passphrase.
//
// An encrypted backup is a passphrase container (domain/share-container.ts, "SP" magic) followed by the SHA-256 of
// that container. The associated data also binds BACKUP_AAD, so a share sealed with the same passphrase never opens
// as a backup, nor a backup as a share. The checksum adds no security (AES-GCM already authenticates every byte);
// it tells a damaged file apart from a wrong passphrase, which AES-GCM alone cannot.
import { normalizePassphrase } from '../domain/passphrase';
import { CONTAINER_MAGIC, parseContainer } from '../domain/share-container';
import { bytesEqual, concatBytes, ownBytes, utf8 } from '../lib/bytes';
import { datedFileName } from '../lib/file-names';
import { formatBytes } from '../lib/format-bytes';
import { sha256 } from '../platform/crypto';
import { openWithPassphrase, sealWithPassphrase } from '../platform/sealed-box';
import { type BackupReadResult, MAX_BACKUP_BYTES, type ParsedBackup, parseBackup } from './backup-format';

/** Bound into every encrypted backup's associated data, naming its purpose. Part of the format: never change it. */
export const BACKUP_AAD = 'stillpoint backup v1';
/** The extension of an encrypted backup (not ".stillpoint": the installed app opens those as shares). */
export const ENCRYPTED_BACKUP_EXTENSION = '.stillpoint-backup';
/** The media type an encrypted backup is saved with: no system knows the extension, so plain binary. */
export const ENCRYPTED_BACKUP_MIME = 'application/octet-stream';
/** What the restore screen's file input accepts: plain and encrypted backups (pickers filter by type on phones). */
export const BACKUP_FILE_ACCEPT = `application/json,.json,${ENCRYPTED_BACKUP_EXTENSION},${ENCRYPTED_BACKUP_MIME}`;

const CHECKSUM_BYTES = 32;

/** What opening a backup file gave: a plain backup's parse, or where an encrypted one stands. */
export type BackupFileResult =
  | { kind: 'plain'; result: BackupReadResult }
  | { kind: 'needs-passphrase'; bytes: Uint8Array }
  | { kind: 'wrong-passphrase' }
  | { kind: 'refused'; reason: string }
  | { kind: 'ok'; backup: ParsedBackup };

const DAMAGED = 'This backup file is damaged or has been altered, so it cannot be opened.';
const NOT_A_BACKUP = 'This file is not a Stillpoint backup, or it is damaged.';
const A_SHARE = 'This file is a Stillpoint share, not a backup. Open it from the Coach screen instead.';
const NEWER = 'This backup was made by a newer version of Stillpoint. Update Stillpoint, then try again.';
const UNSUPPORTED = 'This backup uses settings this version of Stillpoint does not accept, so it was not opened.';

const refuse = (reason: string): BackupFileResult => ({ kind: 'refused', reason });

/** The file name for a backup made now, e.g. "backup-2026-11-22.stillpoint-backup" (neutral: lib/file-names.ts). */
export function backupFileName(now: Date, kind: 'plain' | 'encrypted'): string {
  return datedFileName('backup', now, kind === 'plain' ? '.json' : ENCRYPTED_BACKUP_EXTENSION);
}

/** Seals backup bytes (from encodeBackup) with a passphrase into an encrypted backup file. */
export async function sealBackup(bytes: Uint8Array, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const container = await sealWithPassphrase(bytes, passphrase, utf8(BACKUP_AAD));
  return concatBytes(container, await sha256(container));
}

/** Whether bytes start like a sealed container rather than JSON. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes[0] === CONTAINER_MAGIC[0] && bytes[1] === CONTAINER_MAGIC[1];
}

/**
 * Opens a backup file (or its bytes). The size is checked before anything is read or decrypted. A plain file gives
 * its parse; an encrypted one is checked for damage first, then asks for a passphrase, then opens. Never throws.
 */
export async function openBackupFile(input: Blob | Uint8Array, passphrase?: string): Promise<BackupFileResult> {
  const size = input instanceof Blob ? input.size : input.length;
  if (size > MAX_BACKUP_BYTES) {
    return refuse(
      `This file is ${formatBytes(size)}. A Stillpoint backup can be at most ${formatBytes(MAX_BACKUP_BYTES)}, so it was not opened.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input;
  } catch {
    return refuse('The file could not be read.');
  }
  if (!isEncryptedBackup(bytes)) return { kind: 'plain', result: parseBackup(bytes) };
  try {
    return await openEncrypted(bytes, passphrase);
  } catch {
    // Web Crypto or decompression failing outright (say, out of memory) is a refusal like any other.
    return refuse(DAMAGED);
  }
}

async function openEncrypted(bytes: Uint8Array, passphrase: string | undefined): Promise<BackupFileResult> {
  const split = bytes.length - CHECKSUM_BYTES;
  if (split <= 0) return refuse(DAMAGED);
  const container = bytes.subarray(0, split);
  const parsed = parseContainer(container);
  // The version byte first: a newer app may have changed more than the checksum.
  if (!parsed.ok && parsed.problem === 'newer-version') return refuse(NEWER);
  if (!bytesEqual(await sha256(ownBytes(container)), bytes.subarray(split))) {
    return refuse(parseContainer(bytes).ok ? A_SHARE : DAMAGED);
  }
  if (!parsed.ok) return refuse(parsed.problem === 'unsupported' ? UNSUPPORTED : NOT_A_BACKUP);
  if (parsed.value.header.mode !== 'passphrase') return refuse(A_SHARE);
  if (passphrase === undefined || normalizePassphrase(passphrase) === '') return { kind: 'needs-passphrase', bytes };
  const opened = await openWithPassphrase(container, passphrase, utf8(BACKUP_AAD), MAX_BACKUP_BYTES);
  if (!opened.ok) return opened.problem === 'wrong-passphrase' ? { kind: 'wrong-passphrase' } : refuse(DAMAGED);
  const result = parseBackup(opened.plaintext);
  return result.ok ? { kind: 'ok', backup: result.backup } : refuse(result.reason);
}
