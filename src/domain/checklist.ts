import { z } from 'zod/mini';
import { SafetyRuleIdSchema } from './safety-rule-id';

/** When a checklist is meant to be worked through, counted back from the session date. */
export const ChecklistPhaseSchema = z.enum(['week-before', 'day-before', 'day-of']);
/** When a checklist is meant to be worked through. */
export type ChecklistPhase = z.infer<typeof ChecklistPhaseSchema>;

/** Every phase, in the order a person meets them. */
export const CHECKLIST_PHASES: readonly ChecklistPhase[] = ['week-before', 'day-before', 'day-of'];

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));

/**
 * One thing to do before a session. Standalone on purpose: a clinic's protocol pack can carry its own items.
 * Items tied to a safety rule name it, so the checklist can link to the reading that explains the rule.
 */
export const ChecklistItemSchema = z.object({
  /** Stable id, stored in progress records: never rename one. */
  id: slug,
  /** What to do, in a short sentence. */
  text: z.string().check(z.minLength(1), z.maxLength(200)),
  /** A little more detail, if it helps. */
  detail: z.optional(z.string().check(z.maxLength(400))),
  /** The protocol-pack safety rule this item puts into practice. */
  ruleId: z.optional(SafetyRuleIdSchema),
  /** A reading in the "What to expect" library that helps with this item (when no rule explains it). */
  readingId: z.optional(slug),
});
/** One thing to do before a session. */
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** One checklist: the things to do in one phase before a session. */
export const ChecklistSchema = z.object({
  phase: ChecklistPhaseSchema,
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  /** One line on when this list is for. */
  when: z.string().check(z.maxLength(200)),
  items: z.array(ChecklistItemSchema).check(z.minLength(1)),
});
/** One checklist. */
export type Checklist = z.infer<typeof ChecklistSchema>;

/** The whole set a pack carries: one list per phase, item ids unique across the set. */
export const ChecklistSetSchema = z.array(ChecklistSchema).check(
  z.refine((lists) => {
    const ids = lists.flatMap((list) => list.items.map((item) => item.id));
    return new Set(ids).size === ids.length;
  }, 'Checklist item ids must be unique'),
  z.refine((lists) => new Set(lists.map((l) => l.phase)).size === lists.length, 'One checklist per phase'),
);
/** The whole set of checklists. */
export type ChecklistSet = z.infer<typeof ChecklistSetSchema>;

/**
 * What the person has ticked for one planned session (stored in the `checklists` store, keyed by the session id).
 * WARNING: stored on devices; add only optional fields.
 */
export const ChecklistProgressSchema = z.object({
  /** The session id this progress belongs to. */
  id: z.string().check(z.minLength(1)),
  /** Ids of the items ticked, in the order they were ticked. */
  ticked: z.array(z.string()),
  updatedAt: z.string(),
});
/** What the person has ticked for one planned session. */
export type ChecklistProgress = z.infer<typeof ChecklistProgressSchema>;
