import type { ProtocolPack } from './protocol-pack';
import { type PackFact, packFacts } from './protocol-pack-facts';

/** One difference between the current pack and a new one, readable as it stands. */
export interface PackChange {
  key: string;
  ruleId: PackFact['ruleId'];
  kind: 'changed' | 'added' | 'removed';
  /** "tighter" or "looser" for numbers that moved; undefined when it cannot be said. */
  direction?: 'tighter' | 'looser';
  /** e.g. "Hold when systolic is at or above 160 → 150". */
  text: string;
}

function direction(before: PackFact, after: PackFact): PackChange['direction'] {
  if (before.number === undefined || after.number === undefined || !before.stricterWhen) return undefined;
  const lower = after.number < before.number;
  return (before.stricterWhen === 'lower') === lower ? 'tighter' : 'looser';
}

/** Every statement that differs between two packs, in the new pack's reading order, then what was removed. */
export function diffPacks(current: ProtocolPack, next: ProtocolPack): PackChange[] {
  const before = new Map(packFacts(current).map((fact) => [fact.key, fact]));
  const afterFacts = packFacts(next);
  const afterKeys = new Set(afterFacts.map((fact) => fact.key));
  const changes: PackChange[] = [];
  for (const fact of afterFacts) {
    const old = before.get(fact.key);
    if (!old) {
      changes.push({ key: fact.key, ruleId: fact.ruleId, kind: 'added', text: `Added: ${fact.label}: ${fact.value}` });
    } else if (old.value !== fact.value || old.label !== fact.label) {
      const change: PackChange = {
        key: fact.key,
        ruleId: fact.ruleId,
        kind: 'changed',
        text:
          old.label === fact.label
            ? `${fact.label} ${old.value} → ${fact.value}`
            : `${old.label}: ${old.value} → ${fact.label}: ${fact.value}`,
      };
      const moved = direction(old, fact);
      if (moved) change.direction = moved;
      changes.push(change);
    }
  }
  for (const fact of before.values()) {
    if (!afterKeys.has(fact.key)) {
      changes.push({
        key: fact.key,
        ruleId: fact.ruleId,
        kind: 'removed',
        text: `Removed: ${fact.label}: ${fact.value}`,
      });
    }
  }
  return changes;
}
