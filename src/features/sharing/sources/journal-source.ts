import type { JournalEntry } from '../../../domain/journal-entry';
import type { ShareItem } from '../../../domain/share-item';
import { listAllEntries, loadEntry } from '../../../storage/entries-store';
import type { ShareSource } from './share-source';

/**
 * A journal entry as a share item. "Whole" sends the text and every prompt answer; "text only" leaves the prompt
 * answers out, and only how many were left out travels (so the coach knows something was kept private).
 */
export function entryToItem(entry: JournalEntry, includeAnswers: boolean): ShareItem {
  const answers = Object.values(entry.answers ?? {}).filter((a) => a.trim() !== '');
  const text = includeAnswers && answers.length > 0 ? `${entry.text}\n\n${answers.join('\n\n')}` : entry.text;
  return {
    kind: 'journal-entry',
    id: entry.id,
    ...(entry.title ? { title: entry.title } : {}),
    text,
    createdAt: entry.createdAt,
    ...(entry.mood !== undefined ? { mood: `${entry.mood} of 5` } : {}),
    tags: entry.tags,
    omittedPassages: includeAnswers ? 0 : answers.length,
  };
}

/** Journal entries, whole or without the prompt answers. */
export const journalSource: ShareSource = {
  id: 'journal',
  title: 'Journal entries',
  async listCandidates() {
    return (await listAllEntries()).map((e) => ({
      id: e.id,
      label: `${e.title || e.text.slice(0, 60) || 'Untitled entry'} (${e.createdAt.slice(0, 10)})`,
      date: e.createdAt,
      variants:
        e.answers && Object.keys(e.answers).length > 0
          ? [
              { id: 'whole', label: 'Whole entry' },
              { id: 'text-only', label: 'Leave out my prompt answers' },
            ]
          : undefined,
    }));
  },
  async toItem(id, variant) {
    const entry = await loadEntry(id);
    return entry ? entryToItem(entry, variant !== 'text-only') : undefined;
  },
};
