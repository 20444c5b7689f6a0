import type { JournalEntry } from './journal-entry';

/** What the journal list can be narrowed to. Every field is optional; all given ones must match. */
export interface EntryFilter {
  tag?: string;
  /** Local date "YYYY-MM-DD", inclusive. */
  from?: string;
  /** Local date "YYYY-MM-DD", inclusive. */
  to?: string;
  sessionId?: string;
  mood?: number;
}

/** The local calendar date of an ISO time, as "YYYY-MM-DD". */
export function localDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** True when the entry matches every part of the filter. */
export function matchesFilter(entry: JournalEntry, filter: EntryFilter): boolean {
  if (filter.tag && !entry.tags.includes(filter.tag)) return false;
  if (filter.sessionId && entry.sessionId !== filter.sessionId) return false;
  if (filter.mood !== undefined && entry.mood !== filter.mood) return false;
  if (filter.from || filter.to) {
    const day = localDay(entry.createdAt);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

/** True when no part of the filter is set. */
export function isEmptyFilter(filter: EntryFilter): boolean {
  return !filter.tag && !filter.from && !filter.to && !filter.sessionId && filter.mood === undefined;
}

/** Entries written on this calendar day (month and day) in earlier years, newest first. */
export function onThisDay(entries: readonly JournalEntry[], today: Date): JournalEntry[] {
  const monthDay = localDay(today).slice(5);
  const year = today.getFullYear();
  return entries.filter((entry) => {
    const day = localDay(entry.createdAt);
    return day.slice(5) === monthDay && Number(day.slice(0, 4)) < year;
  });
}

/** Entries written since the given moment (the end of the last session), newest first as given. */
export function sinceMoment(entries: readonly JournalEntry[], since: string): JournalEntry[] {
  const from = Date.parse(since);
  return entries.filter((entry) => Date.parse(entry.createdAt) >= from);
}

/** Every tag in use, most used first. */
export function tagsInUse(entries: readonly JournalEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
