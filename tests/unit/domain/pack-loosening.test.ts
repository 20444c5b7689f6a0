import { describe, expect, it } from 'vitest';
import { looseningChanges } from '../../../src/domain/pack-loosening';
import type { PackChange } from '../../../src/domain/protocol-pack-diff';

function change(overrides: Partial<PackChange>): PackChange {
  return { key: 'k', ruleId: 'blood-pressure', kind: 'changed', text: 'x', ...overrides };
}

describe('the changes that loosen a safety rule', () => {
  it('are numbers moved the less strict way, any crisis number change, and removed rules', () => {
    const looser = change({ key: 'hold', direction: 'looser' });
    const crisis = change({ key: 'crisis.us', ruleId: 'crisis', text: '988 → 555' });
    const removed = change({ key: 'screening.q.1', ruleId: 'screening', kind: 'removed' });
    expect(looseningChanges([looser, crisis, removed]).map((c) => c.key)).toEqual([
      'hold',
      'crisis.us',
      'screening.q.1',
    ]);
  });

  it('are not stricter numbers, new rules or reworded text', () => {
    const tighter = change({ direction: 'tighter' });
    const added = change({ kind: 'added', ruleId: 'screening' });
    const text = change({ ruleId: 'sitter' });
    expect(looseningChanges([tighter, added, text])).toEqual([]);
  });
});
