// Where a draft is finished: free of zod, so the home screen's card links drafts without the draft's schema.

/** The route where a draft is finished: its own editor, so "Untitled draft" opens that text, not a list. */
export function draftHref(id: string): string {
  if (id === 'journal:new') return '/journal/new';
  if (id.startsWith('journal:')) return `/journal/${encodeURIComponent(id.slice('journal:'.length))}/edit`;
  if (id.startsWith('session-note:')) return '/session';
  return '/';
}
