// What can travel in a share: one typed item per thing the patient chose. Strict schemas: the coach's app refuses
// anything it does not know rather than guessing.
import { z } from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const shortText = z.string().check(z.maxLength(500));
const longText = z.string().check(z.maxLength(200_000));
const when = z.iso.datetime();

/** A journal entry, whole or with passages left out (only the count of omitted passages travels). */
export const JournalEntryItemSchema = z.strictObject({
  kind: z.literal('journal-entry'),
  id,
  title: z.optional(shortText),
  text: longText,
  createdAt: when,
  mood: z.optional(shortText),
  tags: z.array(shortText).check(z.maxLength(100)),
  omittedPassages: z.int().check(z.minimum(0)),
});

/** One answer of a scale, by item number. */
export const ScaleAnswerSchema = z.strictObject({ item: z.int().check(z.minimum(1)), value: z.int() });

/** A scale result, with or without its answers ("scores only"). */
export const ScaleResultItemSchema = z.strictObject({
  kind: z.literal('scale-result'),
  id,
  scaleId: shortText,
  total: z.number(),
  band: shortText,
  completedAt: when,
  answers: z.optional(z.array(ScaleAnswerSchema).check(z.maxLength(100))),
  /** Set by the scales area, e.g. PHQ-9 item 9 above zero. */
  needsAttention: z.optional(z.boolean()),
  attentionReason: z.optional(shortText),
});

/** One reading taken for a readiness check-in (blood pressure, heart rate, …). */
export const ReadingSchema = z.strictObject({ name: shortText, value: z.number(), unit: z.optional(shortText) });

/** A readiness check-in and its decision. */
export const ReadinessItemSchema = z.strictObject({
  kind: z.literal('readiness'),
  id,
  decision: z.enum(['ready', 'caution', 'hold']),
  reasons: z.array(shortText).check(z.maxLength(50)),
  createdAt: when,
  readings: z.array(ReadingSchema).check(z.maxLength(50)),
});

/** A side effect noted after a session, with how strong it was. */
export const SideEffectSchema = z.strictObject({
  name: shortText,
  severity: z.enum(['mild', 'moderate', 'severe']),
});

/** A dosing session record (never a dose recommendation: only what happened). */
export const SessionItemSchema = z.strictObject({
  kind: z.literal('session'),
  id,
  createdAt: when,
  status: z.enum(['planned', 'active', 'ended', 'cancelled', 'held']),
  scheduledFor: z.optional(when),
  intention: z.optional(shortText),
  dosedAt: z.optional(when),
  endedAt: z.optional(when),
  sideEffects: z.optional(z.array(SideEffectSchema).check(z.maxLength(50))),
});

/** Any item a share can carry. */
export const ShareItemSchema = z.discriminatedUnion('kind', [
  JournalEntryItemSchema,
  ScaleResultItemSchema,
  ReadinessItemSchema,
  SessionItemSchema,
]);
/** Any item a share can carry. */
export type ShareItem = z.infer<typeof ShareItemSchema>;
/** The kinds of item. */
export type ShareItemKind = ShareItem['kind'];

/** The date an item is ordered by. */
export function itemDate(item: ShareItem): string {
  return item.kind === 'scale-result' ? item.completedAt : item.createdAt;
}

/** Why an item needs the coach's attention first, or undefined. */
export function attentionReason(item: ShareItem): string | undefined {
  switch (item.kind) {
    case 'scale-result':
      return item.needsAttention ? (item.attentionReason ?? 'Marked as needing attention') : undefined;
    case 'readiness':
      return item.decision === 'hold' ? 'The check-in held the session' : undefined;
    case 'session':
      if (item.status === 'held') return 'The session was held';
      return item.sideEffects?.some((s) => s.severity === 'severe') ? 'Severe side effects noted' : undefined;
    default:
      return undefined;
  }
}

/** A one-line label for lists and previews. */
export function itemLabel(item: ShareItem): string {
  const date = itemDate(item).slice(0, 10);
  switch (item.kind) {
    case 'journal-entry':
      return `Journal entry${item.title ? `: ${item.title}` : ''} (${date})`;
    case 'scale-result':
      return `${item.scaleId} score ${item.total}, ${item.band} (${date})`;
    case 'readiness':
      return `Check-in: ${item.decision} (${date})`;
    case 'session':
      return `Session, ${item.status} (${date})`;
  }
}
