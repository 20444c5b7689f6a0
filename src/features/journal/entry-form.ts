// The editor's form lives in a draft as strings (so it survives a reload, a crash and an update); these turn a
// draft into an entry and an entry back into a draft.
import { type JournalEntry, parseTags } from '../../domain/journal-entry';

/** The draft field that marks a form as filled in (seeded from the entry, or typed into). */
export const SEEDED_FIELD = 'seeded';
/** Prefix of the draft fields holding prompt answers. */
export const ANSWER_PREFIX = 'answer:';

/** A form's text and fields, as kept in a draft. */
export interface FormValues {
  text: string;
  fields: Record<string, string>;
}

/** Draft id of the editor: one for a new entry, one per entry being edited. */
export function draftIdFor(entryId: string | undefined): string {
  return entryId ? `journal:${entryId}` : 'journal:new';
}

/** Splits a comma-separated id list, ignoring blanks. */
export function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(',').filter(Boolean);
}

function scalePoint(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** Builds the entry to save from the form; optional fields left blank are left out. */
export function entryFromForm(form: FormValues, base: { id: string; createdAt: string }, now: Date): JournalEntry {
  const { fields } = form;
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith(ANSWER_PREFIX) && value.trim()) answers[name.slice(ANSWER_PREFIX.length)] = value;
  }
  const entry: JournalEntry = {
    id: base.id,
    createdAt: base.createdAt,
    updatedAt: now.toISOString(),
    text: form.text,
    tags: parseTags(fields.tags ?? ''),
  };
  const title = fields.title?.trim();
  if (title) entry.title = title;
  if (fields.sessionId) entry.sessionId = fields.sessionId;
  for (const scale of ['mood', 'energy', 'anxiety'] as const) {
    const point = scalePoint(fields[scale]);
    if (point !== undefined) entry[scale] = point;
  }
  if (fields.promptSetId) entry.promptSetId = fields.promptSetId;
  if (Object.keys(answers).length > 0) entry.answers = answers;
  const voiceNoteIds = splitIds(fields.voiceNoteIds);
  if (voiceNoteIds.length > 0) entry.voiceNoteIds = voiceNoteIds;
  return entry;
}

/** Fills a form from a saved entry (to edit it). */
export function formFromEntry(entry: JournalEntry): FormValues {
  const fields: Record<string, string> = {
    title: entry.title ?? '',
    tags: entry.tags.join(', '),
    sessionId: entry.sessionId ?? '',
    promptSetId: entry.promptSetId ?? '',
    voiceNoteIds: (entry.voiceNoteIds ?? []).join(','),
    mood: entry.mood === undefined ? '' : String(entry.mood),
    energy: entry.energy === undefined ? '' : String(entry.energy),
    anxiety: entry.anxiety === undefined ? '' : String(entry.anxiety),
  };
  for (const [id, answer] of Object.entries(entry.answers ?? {})) fields[`${ANSWER_PREFIX}${id}`] = answer;
  return { text: entry.text, fields };
}
