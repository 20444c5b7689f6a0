// What the home screen's cards show, and the hand-written checks a stored record passes before it is shown there.
// Not zod: home is a returning patient's first screen, and zod with every record schema would more than double
// what it downloads. Each check accepts a field only as the record's own schema does (domain/session.ts, draft.ts,
// journal-plan.ts, journal-entry.ts, scale-result.ts) and keeps only the fields the cards read, so nothing
// unchecked reaches the screen; a record that fails is skipped and reported like any record that fails its schema.
import type { Draft } from './draft';
import { type FollowUpKind, isFollowUpKind } from './follow-up-kind';
import type { JournalEntry } from './journal-entry';
import type { PlanFollowUp } from './journal-plan';
import { isScaleId, type ScaleId } from './scale-id';
import type { SessionRecord } from './session';
import { isSessionStatus } from './session-status';

/** A session as the home screen reads it: where it stands, when it is planned, when the dose was taken. */
export type HomeSession = Pick<SessionRecord, 'id' | 'status' | 'scheduledFor' | 'dosedAt'>;
/** A draft as the home screen lists it. */
export type HomeDraft = Pick<Draft, 'id' | 'text' | 'updatedAt'> & { title: string | undefined };
/** A follow-up as the home screen lists it. */
export type HomeFollowUp = Pick<PlanFollowUp, 'id' | 'text' | 'dueAt' | 'doneAt'> & { kind: FollowUpKind };
/** The last journal entry as the home screen links it. */
export type HomeEntry = Pick<JournalEntry, 'id' | 'createdAt' | 'title' | 'text'>;
/** A questionnaire result as the home screen counts it. */
export interface HomeScaleResult {
  scaleId: ScaleId;
  completedAt: string;
}

/** What the home screen's cards show. A part that could not be read is left empty: the home screen still works. */
export interface HomeSummary {
  active?: HomeSession | undefined;
  next?: HomeSession | undefined;
  drafts: HomeDraft[];
  due: HomeFollowUp[];
  last?: HomeEntry | undefined;
  lastCompleted: Partial<Record<ScaleId, string>>;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is string => isText(value) && value.length > 0;
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);

/** A stored session, checked for what the home screen reads of it. */
export function checkHomeSession(value: unknown): HomeSession | undefined {
  if (!isObject(value)) return undefined;
  const { id, status, scheduledFor, dosedAt } = value;
  if (!isId(id) || !isSessionStatus(status) || !isOptionalText(scheduledFor) || !isOptionalText(dosedAt)) {
    return undefined;
  }
  return { id, status, scheduledFor, dosedAt };
}

/** A stored draft, checked for what the home screen lists of it (its form fields are all text, as stored). */
export function checkHomeDraft(value: unknown): HomeDraft | undefined {
  if (!isObject(value)) return undefined;
  const { id, text, fields, updatedAt } = value;
  if (!isId(id) || id.length > 200 || !isText(text) || !isText(updatedAt) || !isObject(fields)) return undefined;
  if (!Object.values(fields).every(isText)) return undefined;
  return { id, text, updatedAt, title: fields.title as string | undefined };
}

/** A stored follow-up, checked for what the home screen lists of it. */
export function checkHomeFollowUp(value: unknown): HomeFollowUp | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, text, dueAt, doneAt } = value;
  if (!isId(id) || !isFollowUpKind(kind) || !isId(text) || !isText(dueAt) || !isOptionalText(doneAt)) return undefined;
  return { id, kind, text, dueAt, doneAt };
}

/** A stored journal entry, checked for what the home screen shows of it. */
export function checkHomeEntry(value: unknown): HomeEntry | undefined {
  if (!isObject(value)) return undefined;
  const { id, createdAt, title, text } = value;
  if (!isId(id) || !isId(createdAt) || !isOptionalText(title) || !isText(text)) return undefined;
  return { id, createdAt, title, text };
}

/** A stored questionnaire result, checked for what the home screen counts of it. */
export function checkHomeScaleResult(value: unknown): HomeScaleResult | undefined {
  if (!isObject(value)) return undefined;
  const { scaleId, completedAt } = value;
  if (!isScaleId(scaleId) || !isText(completedAt)) return undefined;
  return { scaleId, completedAt };
}
