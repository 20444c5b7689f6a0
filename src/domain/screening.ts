import { z } from 'zod/mini';
import type { ProtocolPack } from './protocol-pack';

/** What a screening found. The app never clears anyone: "none-reported" only means no question was answered yes. */
export const ScreeningOutcomeSchema = z.enum(['none-reported', 'talk-to-prescriber', 'crisis']);
/** What a screening found. */
export type ScreeningOutcome = z.infer<typeof ScreeningOutcomeSchema>;

/** One completed eligibility screening, kept with the pack version that asked the questions. */
export const ScreeningRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  completedAt: z.string(),
  packId: z.string(),
  packVersion: z.string(),
  /** Question id → the person's answer (true = yes). */
  answers: z.record(z.string(), z.boolean()),
  outcome: ScreeningOutcomeSchema,
  /** The wording of each question answered yes, as asked. */
  reasons: z.array(z.string()),
});
/** One completed eligibility screening. */
export type ScreeningRecord = z.infer<typeof ScreeningRecordSchema>;

/** The outcome of a set of answers, and the questions answered yes (in the pack's order). */
export function screeningOutcome(
  answers: Readonly<Record<string, boolean>>,
  pack: ProtocolPack,
): { outcome: ScreeningOutcome; reasons: string[] } {
  const yes = pack.screening.questions.filter((question) => answers[question.id] === true);
  const reasons = yes.map((question) => question.text);
  if (yes.some((question) => question.crisis || question.crisisFirst)) return { outcome: 'crisis', reasons };
  return { outcome: yes.length > 0 ? 'talk-to-prescriber' : 'none-reported', reasons };
}

/** Whether any answer routes straight to crisis resources first (a plan or intent to end one's life). */
export function crisisFirstAnswered(answers: Readonly<Record<string, boolean>>, pack: ProtocolPack): boolean {
  return pack.screening.questions.some((question) => question.crisisFirst && answers[question.id] === true);
}

/** Whether any answer shows crisis resources at once (thoughts of ending one's life, with or without a plan). */
export function crisisAnswered(answers: Readonly<Record<string, boolean>>, pack: ProtocolPack): boolean {
  return pack.screening.questions.some(
    (question) => (question.crisis || question.crisisFirst) && answers[question.id] === true,
  );
}

/** Whether every question of the pack has an answer. */
export function screeningComplete(answers: Readonly<Record<string, boolean>>, pack: ProtocolPack): boolean {
  return pack.screening.questions.every((question) => typeof answers[question.id] === 'boolean');
}

/** Why screening is due, or that it is not. */
export type ScreeningDue =
  | { due: false; nextDueAt: Date }
  | { due: true; why: 'never' | 'expired' | 'pack-changed'; since?: Date };

/** Whether screening should be asked again: never done, older than the pack allows, or asked by another pack. */
export function screeningDue(last: ScreeningRecord | undefined, pack: ProtocolPack, now: Date): ScreeningDue {
  if (!last) return { due: true, why: 'never' };
  const completedAt = new Date(last.completedAt);
  if (last.packId !== pack.id || last.packVersion !== pack.version) {
    return { due: true, why: 'pack-changed', since: completedAt };
  }
  const nextDueAt = new Date(completedAt.getTime() + pack.screening.repeatAfterDays * 86_400_000);
  if (Number.isNaN(nextDueAt.getTime()) || now >= nextDueAt) return { due: true, why: 'expired', since: completedAt };
  return { due: false, nextDueAt };
}
