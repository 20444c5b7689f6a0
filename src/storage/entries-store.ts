import { type JournalEntry, JournalEntrySchema } from '../domain/journal-entry';
import { type VoiceNote, VoiceNoteSchema } from '../domain/journal-voice-note';
import { atRestState } from './at-rest';
import { putEach } from './db';
import { getRecord, listRecords, openRecords, readRaw, readRecords } from './record-reads';
import { withDb } from './record-store';
import { prepareRecord, putRecord, withWrite } from './record-writes';
import { STORES } from './schema';
import { listVoiceNotesForEntry } from './voice-notes-store';

/** Where a page of entries ended: the next page starts just after it (newest first). */
export interface EntryCursor {
  createdAt: string;
  id: string;
}

/** One page of entries, newest first, and where the next page starts (undefined at the end). */
export interface EntryPage {
  entries: JournalEntry[];
  next: EntryCursor | undefined;
}

/** Reads one entry. */
export function loadEntry(id: string): Promise<JournalEntry | undefined> {
  return getRecord(STORES.entries, JournalEntrySchema, id);
}

/** Saves one entry durably (resolves only after the write has committed). */
export function saveEntry(entry: JournalEntry): Promise<void> {
  return putRecord(STORES.entries, JournalEntrySchema, entry);
}

/**
 * Reads one page of entries, newest first, with a cursor on the 'by-date' index (never every record at once).
 * Entries sharing a createdAt are ordered by id, so a page boundary inside such a group loses nothing.
 */
export async function listEntriesPage(after: EntryCursor | undefined, limit: number): Promise<EntryPage> {
  // One more than asked for: whether it exists says whether there is a next page.
  const raw = await readRaw(STORES.entries, {
    index: 'by-date',
    range: after ? IDBKeyRange.upperBound(after.createdAt) : null,
    direction: 'prev',
    limit: limit + 1,
    skip: ({ indexKey, key }) => after !== undefined && indexKey === after.createdAt && String(key) >= after.id,
  });
  const page = raw.slice(0, limit);
  const last = page[page.length - 1];
  const next = raw.length > limit && last ? { createdAt: String(last.indexKey), id: String(last.key) } : undefined;
  // Opened after the transaction: decryption (app lock) cannot run inside one.
  return { entries: await openRecords(STORES.entries, JournalEntrySchema, page), next };
}

/** Every entry, newest first (for the search index and filters; loaded only when those are first used). */
export function listAllEntries(): Promise<JournalEntry[]> {
  return listRecords(STORES.entries, JournalEntrySchema);
}

/** Entries written after one session, oldest first (by the 'by-session' index, not a scan of every entry). */
export async function listEntriesForSession(sessionId: string): Promise<JournalEntry[]> {
  const out = await readRecords(STORES.entries, JournalEntrySchema, {
    index: 'by-session',
    range: IDBKeyRange.only(sessionId),
  });
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The newest entry, if any. */
export async function lastEntry(): Promise<JournalEntry | undefined> {
  return (await listEntriesPage(undefined, 1)).entries[0];
}

/**
 * Writes many entries in one durable transaction (imports and restores); every entry is checked, and one that fails
 * its schema aborts the whole transaction, so nothing is written. Without the app lock each entry is checked just
 * before its put, so the database works on earlier puts while later entries are still being checked.
 */
export async function importEntries(entries: readonly JournalEntry[]): Promise<void> {
  const { phase, sealing } = atRestState();
  if (sealing) {
    const sealed: unknown[] = [];
    for (const entry of entries) sealed.push(await prepareRecord(STORES.entries, JournalEntrySchema, entry));
    return putAllEntries(sealed, (value) => ({ ok: true, value }), phase);
  }
  return putAllEntries(entries, (entry) => {
    const result = JournalEntrySchema.safeParse(entry);
    return result.success ? { ok: true, value: result.data } : { ok: false, error: result.error };
  });
}

type Checked = { ok: true; value: unknown } | { ok: false; error: unknown };

async function putAllEntries<T>(
  values: readonly T[],
  check: (value: T) => Checked,
  preparedIn = atRestState().phase,
): Promise<void> {
  // Every record is checked before the transaction opens: one that fails leaves the store as it was.
  const checked: unknown[] = [];
  for (const value of values) {
    const result = check(value);
    // The caller's schema failure, not a storage one: it leaves unchanged.
    if (!result.ok) throw result.error;
    checked.push(result.value);
  }
  await withWrite([STORES.entries], async (tx) => putEach(tx, STORES.entries, checked), preparedIn);
}

/** What a delete removed, kept in memory so "Undo" can put it back exactly. */
export interface RemovedEntry {
  entry: JournalEntry;
  voiceNotes: VoiceNote[];
}

/** Deletes an entry and its voice notes in one transaction; returns them for undo. */
export async function deleteEntry(id: string): Promise<RemovedEntry | undefined> {
  const entry = await loadEntry(id);
  if (!entry) return undefined;
  const voiceNotes = await listVoiceNotesForEntry(id);
  await withDb(async (db) => {
    const tx = db.transaction([STORES.entries, STORES.voiceNotes], 'readwrite', { durability: 'strict' });
    const notes = tx.objectStore(STORES.voiceNotes);
    await Promise.all([
      tx.objectStore(STORES.entries).delete(id),
      ...voiceNotes.map((note) => notes.delete(note.id)),
      tx.done,
    ]);
  });
  return { entry, voiceNotes };
}

/** Puts a deleted entry and its voice notes back, exactly as they were. */
export async function restoreEntry(removed: RemovedEntry): Promise<void> {
  const { phase } = atRestState();
  const entry = await prepareRecord(STORES.entries, JournalEntrySchema, removed.entry);
  const notes: unknown[] = [];
  for (const note of removed.voiceNotes) notes.push(await prepareRecord(STORES.voiceNotes, VoiceNoteSchema, note));
  await withWrite(
    [STORES.entries, STORES.voiceNotes],
    (tx) => {
      const noteStore = tx.objectStore(STORES.voiceNotes);
      return Promise.all([tx.objectStore(STORES.entries).put(entry), ...notes.map((note) => noteStore.put(note))]);
    },
    phase,
  );
}
