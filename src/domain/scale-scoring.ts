import type { AttentionReason, ScaleBand, ScaleDefinition, ScaleItem } from './scale';
import { optionsFor } from './scale';

/** The person's answers so far: item id → points of the chosen answer. */
export type ScaleAnswers = Readonly<Record<string, number>>;

/** What a complete set of answers adds up to. */
export interface ScaleScore {
  total: number;
  band: ScaleBand;
  needsAttention: boolean;
  attentionReason?: AttentionReason;
}

/** The band a total falls in (the last band when the total is beyond every band, which valid answers never are). */
export function bandFor(scale: ScaleDefinition, total: number): ScaleBand {
  const band = scale.bands.find((b) => total >= b.from && total <= b.to);
  return band ?? (scale.bands[scale.bands.length - 1] as ScaleBand);
}

/** Whether the answer given to an item is one of the item's own choices. */
function isValidAnswer(scale: ScaleDefinition, item: ScaleItem, value: number | undefined): boolean {
  return value !== undefined && optionsFor(scale, item).some((option) => option.value === value);
}

/** The first required item without a valid answer, in the order shown; undefined when all are answered. */
export function firstMissingItem(scale: ScaleDefinition, answers: ScaleAnswers): ScaleItem | undefined {
  return scale.items.find((item) => !item.optional && !isValidAnswer(scale, item, answers[item.id]));
}

/** How many required items have a valid answer, and how many there are. */
export function progressOf(scale: ScaleDefinition, answers: ScaleAnswers): { answered: number; required: number } {
  const required = scale.items.filter((item) => !item.optional);
  return {
    answered: required.filter((item) => isValidAnswer(scale, item, answers[item.id])).length,
    required: required.length,
  };
}

/** The first attention rule the answers trip (e.g. PHQ-9 item 9 above zero), checked as soon as an answer is chosen. */
export function attentionFor(scale: ScaleDefinition, answers: ScaleAnswers): AttentionReason | undefined {
  const rule = scale.attention.find((r) => (answers[r.itemId] ?? -1) >= r.atLeast);
  return rule?.reason;
}

/** Scores a complete set of answers; throws when a required item is unanswered or out of range. */
export function scoreAnswers(scale: ScaleDefinition, answers: ScaleAnswers): ScaleScore {
  const missing = firstMissingItem(scale, answers);
  if (missing) throw new Error(`Item ${missing.id} has no valid answer`);
  const total = scale.items.filter((item) => item.scored).reduce((sum, item) => sum + (answers[item.id] ?? 0), 0);
  const reason = attentionFor(scale, answers);
  return {
    total,
    band: bandFor(scale, total),
    needsAttention: reason !== undefined,
    ...(reason ? { attentionReason: reason } : {}),
  };
}
