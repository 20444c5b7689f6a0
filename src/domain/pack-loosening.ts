// Which changes of a new pack loosen a safety rule: an unverified pack needs a second, explicit confirmation that
// names each of them before it can be applied.
import type { PackChange } from './protocol-pack-diff';

/**
 * The changes that make the rules less safe: a number moved the less strict way (a higher hold limit, a shorter
 * fasting time), any change to the crisis numbers (another number is never a detail), or a rule taken out.
 */
export function looseningChanges(changes: readonly PackChange[]): PackChange[] {
  return changes.filter(
    (change) => change.direction === 'looser' || change.ruleId === 'crisis' || change.kind === 'removed',
  );
}
