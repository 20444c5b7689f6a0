// How an entry is named in lists: free of zod, so the home screen's card names the last entry without its schema.

/** A short line to name an entry in lists: its title, else the start of its text. */
export function entryHeadline(entry: { title?: string | undefined; text: string }): string {
  const title = entry.title?.trim();
  if (title) return title;
  const first = entry.text.trim().split('\n')[0] ?? '';
  if (!first) return 'Untitled entry';
  return first.length > 60 ? `${first.slice(0, 57)}…` : first;
}
