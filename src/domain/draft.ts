import { z } from 'zod/mini';

/** Unsaved work a person is typing: kept on every pause so a reload, crash or update loses nothing. */
export const DraftSchema = z.object({
  /** Which form the draft belongs to, e.g. "journal:new" or "journal:<entry id>". */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The free text, in one field so the app lock can encrypt it whole. */
  text: z.string(),
  /** Other fields of the form, as typed. */
  fields: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
/** Unsaved work a person is typing. */
export type Draft = z.infer<typeof DraftSchema>;

export { draftHref } from './draft-href';
