// Encrypted backup files in a real browser: Web Crypto, CompressionStream and IndexedDB.
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARE_AAD } from '../../../src/domain/share-bundle';
import { concatBytes, utf8 } from '../../../src/lib/bytes';
import { sha256 } from '../../../src/platform/crypto';
import { generatePassphrase, openWithPassphrase, sealWithPassphrase } from '../../../src/platform/sealed-box';
import { applyRestore, readBackupStores } from '../../../src/storage/backup';
import { BACKUP_AAD, type BackupFileResult, openBackupFile, sealBackup } from '../../../src/storage/backup-file';
import { encodeBackup, MAX_BACKUP_BYTES, parseBackup } from '../../../src/storage/backup-format';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { makeBackupStores, makeDraft } from '../../fixtures/backup-builders';

const MADE_AT = new Date('2026-11-22T10:00:00.000Z');
const passphrase = generatePassphrase();
let plainBytes: Uint8Array<ArrayBuffer>;
let sealed: Uint8Array<ArrayBuffer>;

/** The database as backup bytes, to compare before and after. */
async function snapshot(): Promise<Uint8Array> {
  return encodeBackup(await readBackupStores(), MADE_AT);
}

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

/** A container dressed as a backup file: the checksum a backup carries, appended. */
async function withChecksum(container: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return concatBytes(container, await sha256(container));
}

function expectRefused(result: BackupFileResult, reason: RegExp, what = 'the file'): void {
  expect(result.kind === 'refused' && result.reason, what).toMatch(reason);
}

describe('an encrypted backup file', () => {
  beforeAll(async () => {
    await closeDb();
    await deleteDb();
    // Something on this device already, so "nothing written" means something.
    const draft = parseBackup(await encodeBackup({ drafts: [makeDraft({ text: 'Only on this device.' })] }));
    if (draft.ok) await applyRestore(draft.backup, 'keep-device');
    plainBytes = await encodeBackup(makeBackupStores(), MADE_AT);
    sealed = await sealBackup(plainBytes, passphrase);
  });

  it('gives back exactly what the plain file holds, byte for byte', async () => {
    const plain = parseBackup(plainBytes);
    const opened = await openBackupFile(new File([sealed], 'backup.stillpoint-backup'), passphrase);
    expect(opened.kind).toBe('ok');
    if (opened.kind !== 'ok' || !plain.ok) return;
    expect(opened.backup.exportedAt).toBe(plain.backup.exportedAt);
    expect(opened.backup.schemaVersion).toBe(plain.backup.schemaVersion);
    expect(Object.keys(opened.backup.stores)).toEqual(Object.keys(plain.backup.stores));
    expect(await encodeBackup(opened.backup.stores, MADE_AT)).toEqual(await encodeBackup(plain.backup.stores, MADE_AT));
    expect(await encodeBackup(opened.backup.stores, MADE_AT)).toEqual(plainBytes);
  });

  it('asks for the passphrase first, and accepts it typed loosely', async () => {
    const asked = await openBackupFile(sealed);
    expect(asked.kind).toBe('needs-passphrase');
    if (asked.kind !== 'needs-passphrase') return;
    expect((await openBackupFile(asked.bytes, '   ')).kind).toBe('needs-passphrase');
    const loose = ` ${passphrase.toLowerCase().replaceAll('-', ' ')} `;
    expect((await openBackupFile(asked.bytes, loose)).kind).toBe('ok');
  });

  it('says a wrong passphrase is wrong, and writes nothing', async () => {
    const before = await snapshot();
    expect(await openBackupFile(sealed, generatePassphrase())).toEqual({ kind: 'wrong-passphrase' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file with one byte changed, wherever it is, as damaged and before asking for the passphrase', async () => {
    const places = { header: 12, ciphertext: Math.floor(sealed.length / 2), checksum: sealed.length - 1 };
    for (const [where, index] of Object.entries(places)) {
      const damaged = flip(sealed, index);
      expectRefused(await openBackupFile(damaged), /damaged or has been altered/, where);
      expectRefused(await openBackupFile(damaged, passphrase), /damaged or has been altered/, where);
    }
    expectRefused(await openBackupFile(sealed.subarray(0, sealed.length - 100), passphrase), /damaged/);
  });

  it('refuses a share sealed with the same passphrase, with no purpose or a share’s', async () => {
    for (const aadExtra of [undefined, utf8(SHARE_AAD)]) {
      const share = await sealWithPassphrase(plainBytes, passphrase, aadExtra);
      expectRefused(await openBackupFile(share, passphrase), /a Stillpoint share, not a backup/);
      // Even given a backup's checksum, the purpose bound into the associated data keeps it shut.
      const dressed = await withChecksum(share);
      expect((await openBackupFile(dressed, passphrase)).kind).toBe('wrong-passphrase');
    }
    const otherPurpose = await sealWithPassphrase(plainBytes, passphrase, utf8('stillpoint backup v2'));
    expect((await openBackupFile(await withChecksum(otherPurpose), passphrase)).kind).toBe('wrong-passphrase');
  });

  it('does not open as a share either', async () => {
    const container = sealed.subarray(0, sealed.length - 32);
    expect((await openWithPassphrase(container, passphrase, utf8(SHARE_AAD))).ok).toBe(false);
    expect((await openWithPassphrase(container, passphrase, utf8(BACKUP_AAD))).ok).toBe(true);
  });

  it('still reads a plain JSON backup as plain', async () => {
    const opened = await openBackupFile(new File([plainBytes], 'backup.json'));
    expect(opened).toEqual({ kind: 'plain', result: parseBackup(plainBytes) });
    expect(opened.kind === 'plain' && opened.result.ok).toBe(true);
  });

  it('refuses a file over the size cap before reading or decrypting it', async () => {
    let read = false;
    const huge = new File([sealed], 'huge.stillpoint-backup');
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    huge.arrayBuffer = () => {
      read = true;
      return Promise.resolve(new ArrayBuffer(0));
    };
    expectRefused(await openBackupFile(huge, passphrase), /at most 210 MB, so it was not opened/);
    expect(read).toBe(false);
    // Bytes already in memory: refused for their size, not found damaged (the checksum was never computed).
    const bytes = new Uint8Array(MAX_BACKUP_BYTES + 1);
    bytes.set(sealed);
    expectRefused(await openBackupFile(bytes, passphrase), /at most 210 MB/);
  });
});
