import { z } from 'zod/mini';
import { BreathPatternSchema } from './breath-pattern';
import { ChecklistSetSchema } from './checklist';
import { CrisisResourceSchema } from './crisis-resource';
import { PromptSetListSchema } from './journal-prompt-set';
import { ReadingSchema } from './reading';

// The protocol pack: every safety rule the app enforces or reminds about, each with its sources, versioned as a whole.
// Strict objects: a clinic's pack with a misspelt field is refused rather than silently half-read.

/** The pack format this build understands. A pack of any other format is refused with a plain message. */
export const PACK_FORMAT = 1;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Where a rule comes from: at least one citation, so a clinician can audit the pack. */
const sources = z.array(text(300)).check(z.minLength(1));
const hours = z.number().check(z.minimum(0), z.maximum(24 * 14));
const pressure = z.number().check(z.int(), z.minimum(40), z.maximum(300));
const pulse = z.number().check(z.int(), z.minimum(20), z.maximum(250));

/** One eligibility question; a "yes" is a reason to talk with the prescriber first. */
export const ScreeningQuestionSchema = z.strictObject({
  id: text(60),
  text: text(300),
  /** A "yes" shows crisis resources at once and means talking with the prescriber before any session. */
  crisis: z.optional(z.boolean()),
  /** A "yes" routes straight to crisis resources, before anything else (a plan or intent to end one's life). */
  crisisFirst: z.optional(z.boolean()),
  /** Where the question comes from (optional so older clinic packs still load; the default pack cites every one). */
  sources: z.optional(sources),
});
/** One eligibility question. */
export type ScreeningQuestion = z.infer<typeof ScreeningQuestionSchema>;

/** The level a rule gives when it is not met. */
export const RuleLevelSchema = z.enum(['caution', 'hold']);
/** The level a rule gives when it is not met. */
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

/**
 * How a reading is compared with a limit: strictly above it, or at or above it. Written in the pack so the
 * inequality a source states ("above 160/90") is the one the app applies. Missing means "at-or-above", the meaning
 * the limits had before the comparison was written down, so an older clinic pack keeps its meaning.
 */
export const LimitCompareSchema = z.enum(['above', 'at-or-above']);
/** How a reading is compared with a limit. */
export type LimitCompare = z.infer<typeof LimitCompareSchema>;

/** Blood-pressure bands, measured seated after rest: either number beyond its limit (see `compare`) decides. */
export const BloodPressureRuleSchema = z.strictObject({
  id: z.literal('blood-pressure'),
  restMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
  compare: z.optional(LimitCompareSchema),
  caution: z.strictObject({ systolic: pressure, diastolic: pressure }),
  hold: z.strictObject({ systolic: pressure, diastolic: pressure }),
  sources,
});
/**
 * Heart rate at rest: hold above `holdAbove` (or at or above `holdAtOrAbove`, the older field), and below
 * `holdBelow` only where the pack sets one with a source that says so.
 */
export const HeartRateRuleSchema = z.union([
  z.strictObject({ id: z.literal('heart-rate'), holdAbove: pulse, holdBelow: z.optional(pulse), sources }),
  z.strictObject({ id: z.literal('heart-rate'), holdAtOrAbove: pulse, holdBelow: z.optional(pulse), sources }),
]);
/** The heart-rate rule. */
export type HeartRateRule = z.infer<typeof HeartRateRuleSchema>;

/**
 * When a check-in lets a dose be recorded: within `validMinutes` of it, on the same day. `used: false` is for a clinic
 * that does not use the session-day check-in; a dose is then recorded as started without one.
 */
export const CheckInRuleSchema = z.strictObject({
  id: z.literal('check-in'),
  used: z.boolean(),
  validMinutes: z.number().check(z.int(), z.minimum(5), z.maximum(720)),
  sources,
});
/** When a check-in lets a dose be recorded. */
export type CheckInRule = z.infer<typeof CheckInRuleSchema>;

/** A PHQ-9 question 9 answer above zero within `days` before the check-in gives `level` and points to the care team. */
export const SelfHarmAnswerRuleSchema = z.strictObject({
  id: z.literal('phq9-item9'),
  days: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
  level: RuleLevelSchema,
  sources,
});
/** What a recent PHQ-9 question 9 answer above zero means for the check-in. */
export type SelfHarmAnswerRule = z.infer<typeof SelfHarmAnswerRuleSchema>;

const hoursRule = <const Id extends string>(id: Id) => z.strictObject({ id: z.literal(id), hours, sources });
const textRule = <const Id extends string>(id: Id) => z.strictObject({ id: z.literal(id), text: text(600), sources });

/** The session-day readiness rules. */
export const ReadinessRulesSchema = z.strictObject({
  /** Optional so older clinic packs still load; missing means the conservative DEFAULT_CHECK_IN_RULE. */
  checkIn: z.optional(CheckInRuleSchema),
  /** Optional so older clinic packs still load; missing means DEFAULT_SELF_HARM_ANSWER_RULE. */
  selfHarmAnswer: z.optional(SelfHarmAnswerRuleSchema),
  bloodPressure: BloodPressureRuleSchema,
  heartRate: HeartRateRuleSchema,
  recheck: z.strictObject({
    id: z.literal('recheck'),
    waitMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
    sources,
  }),
  food: hoursRule('food'),
  clearLiquids: hoursRule('clear-liquids'),
  alcoholCannabis: hoursRule('alcohol-cannabis'),
  stimulants: textRule('stimulants'),
  medicines: textRule('medicines'),
  sitter: z.strictObject({
    id: z.literal('sitter'),
    required: z.boolean(),
    minAge: z.number().check(z.int(), z.minimum(16), z.maximum(99)),
    text: text(600),
    sources,
  }),
  place: z.strictObject({ id: z.literal('place'), items: z.array(text(200)).check(z.minLength(1)), sources }),
  spacing: z.strictObject({
    id: z.literal('spacing'),
    minHours: hours,
    /** What a session sooner than `minHours` after the last one gives. */
    tooSoon: RuleLevelSchema,
    checkInAfterDays: z.number().check(z.int(), z.minimum(7), z.maximum(3650)),
    /** What a session more than `checkInAfterDays` after the last one gives. */
    longGap: RuleLevelSchema,
    sources,
  }),
});
/** The session-day readiness rules. */
export type ReadinessRules = z.infer<typeof ReadinessRulesSchema>;

/** One side effect to watch for after a session; severe ones point to the care team. */
export const SideEffectSchema = z.strictObject({ id: text(60), text: text(200), severe: z.optional(z.boolean()) });

/** What to do after a session. */
export const AfterSessionRulesSchema = z.strictObject({
  noDriving: z.strictObject({ id: z.literal('no-driving'), text: text(600), sources }),
  vitalsAfter: z.strictObject({ id: z.literal('vitals-after'), text: text(600), sources }),
  sideEffects: z.strictObject({
    id: z.literal('side-effects'),
    items: z.array(SideEffectSchema).check(z.minLength(1)),
    sources,
  }),
});

/** A whole protocol pack: the default, or a clinic's. */
export const ProtocolPackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: text(80),
  name: text(120),
  /** Stored with every record a rule of this pack decided. */
  version: text(40),
  publisher: text(120),
  screening: z.strictObject({
    id: z.literal('screening'),
    repeatAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
    questions: z.array(ScreeningQuestionSchema).check(z.minLength(1), z.maxLength(60)),
    sources,
  }),
  readiness: ReadinessRulesSchema,
  afterSession: AfterSessionRulesSchema,
  crisis: z.strictObject({
    resources: z.array(CrisisResourceSchema).check(z.minLength(1), z.maxLength(12)),
    sources,
  }),
  /** Replaces the default preparation checklists when present. */
  checklists: z.optional(ChecklistSetSchema),
  /** Added to the breath library; a pattern with a default's id replaces it. */
  breathPatterns: z.optional(z.array(BreathPatternSchema).check(z.maxLength(40))),
  /** Replaces the default journal prompt sets when present. */
  promptSets: z.optional(PromptSetListSchema),
  /** Added to the readings; a reading with a default's id replaces it. */
  readings: z.optional(z.array(ReadingSchema).check(z.maxLength(100))),
});
/** A whole protocol pack. */
export type ProtocolPack = z.infer<typeof ProtocolPackSchema>;
