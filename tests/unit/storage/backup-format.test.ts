import { describe, expect, it } from 'vitest';
import { encodeBackup, MAX_BACKUP_BYTES, parseBackup } from '../../../src/storage/backup-format';
import { DB_VERSION } from '../../../src/storage/schema';
import { makeBackupStores, makeDraft } from '../../fixtures/backup-builders';

const NOW = new Date('2026-11-10T12:00:00.000Z');

function bytesOf(file: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(file));
}

async function makeBackupJson(): Promise<Record<string, unknown>> {
  return JSON.parse(new TextDecoder().decode(await encodeBackup(makeBackupStores(), NOW)));
}

function reasonOf(bytes: Uint8Array): string {
  const result = parseBackup(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('the backup format', () => {
  it('writes the documented envelope and leaves the keys store out', async () => {
    const file = await makeBackupJson();
    expect(file).toMatchObject({
      format: 'stillpoint-backup',
      formatVersion: 1,
      schemaVersion: DB_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(Object.keys(file.stores as object)).not.toContain('keys');
  });

  it('reads back every record it wrote, voice-note audio byte for byte', async () => {
    const result = parseBackup(await encodeBackup(makeBackupStores(), NOW));
    if (!result.ok) throw new Error(result.reason);
    const { voiceNotes, ...rest } = result.backup.stores;
    const { voiceNotes: originalNotes, ...originalRest } = makeBackupStores();
    for (const [name, records] of Object.entries(originalRest))
      expect(rest[name as keyof typeof rest]).toEqual(records);
    const note = voiceNotes?.[0] as { audio: ArrayBuffer; mimeType: string };
    expect(new Uint8Array(note.audio)).toEqual(new Uint8Array(originalNotes[0]!.audio));
    expect(note.mimeType).toBe('audio/webm');
  });

  it('refuses a file that is not JSON, not UTF-8, or not a Stillpoint backup', () => {
    expect(reasonOf(new TextEncoder().encode('hello'))).toMatch(/not a Stillpoint backup/);
    expect(reasonOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatch(/not a Stillpoint backup/);
    expect(reasonOf(bytesOf({ format: 'something-else', formatVersion: 1 }))).toMatch(/not a Stillpoint backup/);
  });

  it('refuses another format version and a backup from a newer database', async () => {
    expect(reasonOf(bytesOf({ ...(await makeBackupJson()), formatVersion: 2 }))).toMatch(/format/);
    expect(reasonOf(bytesOf({ ...(await makeBackupJson()), schemaVersion: DB_VERSION + 1 }))).toMatch(/newer version/);
  });

  it('refuses the keys store and stores it does not know', async () => {
    const file = await makeBackupJson();
    expect(reasonOf(bytesOf({ ...file, stores: { keys: [{ id: 'k' }] } }))).toMatch(/not a Stillpoint backup/);
    expect(reasonOf(bytesOf({ ...file, stores: { mystery: [] } }))).toMatch(/not a Stillpoint backup/);
  });

  it('refuses a record that fails its store’s schema, or lacks its key', async () => {
    const file = await makeBackupJson();
    const badDraft = { ...makeDraft(), text: 42 };
    expect(reasonOf(bytesOf({ ...file, stores: { drafts: [badDraft] } }))).toMatch(/not valid \(in “drafts”\)/);
    expect(reasonOf(bytesOf({ ...file, stores: { entries: [{ text: 'no id' }] } }))).toMatch(/not valid/);
    const badSettings = { key: 'app', value: { theme: 'neon' } };
    expect(reasonOf(bytesOf({ ...file, stores: { settings: [badSettings] } }))).toMatch(/not valid/);
  });

  it('refuses a backup that lists the same record twice', async () => {
    const file = await makeBackupJson();
    expect(reasonOf(bytesOf({ ...file, stores: { drafts: [makeDraft(), makeDraft()] } }))).toMatch(/twice/);
  });

  it('refuses bytes over the size cap without reading them', () => {
    const huge = new Uint8Array(0);
    Object.defineProperty(huge, 'length', { value: MAX_BACKUP_BYTES + 1 });
    expect(reasonOf(huge)).toMatch(/too large/);
  });
});
