import { describe, expect, it } from 'vitest';
import type { ReadinessRecord } from '../../../../src/domain/readiness-record';
import { attentionReason, ShareItemSchema } from '../../../../src/domain/share-item';
import { entryToItem } from '../../../../src/features/sharing/sources/journal-source';
import { readinessToItem } from '../../../../src/features/sharing/sources/readiness-source';
import { scaleResultToItem } from '../../../../src/features/sharing/sources/scale-results-source';
import { sessionToItem } from '../../../../src/features/sharing/sources/sessions-source';

const at = '2026-11-10T09:00:00.000Z';

describe('turning stored records into share items', () => {
  it('sends a journal entry whole, or without the prompt answers (only their count travels)', () => {
    const entry = {
      id: 'e1',
      createdAt: at,
      updatedAt: at,
      text: 'Main text.',
      tags: ['a'],
      mood: 4,
      answers: { p1: 'Private answer.' },
    };
    const whole = entryToItem(entry, true);
    const textOnly = entryToItem(entry, false);
    expect(ShareItemSchema.safeParse(whole).success).toBe(true);
    expect(whole.kind === 'journal-entry' && whole.text).toContain('Private answer.');
    expect(textOnly.kind === 'journal-entry' && textOnly.text).toBe('Main text.');
    expect(textOnly.kind === 'journal-entry' && textOnly.omittedPassages).toBe(1);
  });

  it('flags a PHQ-9 with question 9 above zero for the coach, and sends answers only when chosen', () => {
    const result = {
      id: 'r1',
      scaleId: 'phq9' as const,
      completedAt: at,
      answers: { 'phq9-1': 2, 'phq9-9': 1 },
      total: 3,
      band: 'Minimal',
      needsAttention: true,
      attentionReason: 'phq9-item9' as const,
    };
    const scoreOnly = scaleResultToItem(result, false);
    expect(ShareItemSchema.safeParse(scoreOnly).success).toBe(true);
    expect(attentionReason(scoreOnly)).toMatch(/question 9/);
    expect(scoreOnly.kind === 'scale-result' && scoreOnly.answers).toBeUndefined();
    const withAnswers = scaleResultToItem(result, true);
    expect(withAnswers.kind === 'scale-result' && withAnswers.answers).toEqual([
      { item: 1, value: 2 },
      { item: 9, value: 1 },
    ]);
  });

  it('carries a held check-in with its reasons and the reading that decided', () => {
    const reading = { systolic: 165, diastolic: 95, heartRate: 80, takenAt: at };
    const record = {
      id: 'c1',
      createdAt: at,
      decision: 'hold',
      reasons: [
        { ruleId: 'blood-pressure', level: 'hold', text: 'Blood pressure 165/95 is at or above 160/100.' },
        { ruleId: 'food', level: 'ok', text: 'Fasting is fine.' },
      ],
      firstReading: reading,
    } as unknown as ReadinessRecord;
    const item = readinessToItem(record);
    expect(ShareItemSchema.safeParse(item).success).toBe(true);
    expect(attentionReason(item)).toMatch(/held/);
    expect(item.kind === 'readiness' && item.reasons).toEqual(['Blood pressure 165/95 is at or above 160/100.']);
  });

  it('marks a session with a severe side effect as needing attention', () => {
    const item = sessionToItem({
      id: 's1',
      createdAt: at,
      status: 'ended',
      afterSession: { sideEffects: [{ kind: 'vomiting', severity: 'severe' }], recordedAt: at },
    });
    expect(ShareItemSchema.safeParse(item).success).toBe(true);
    expect(attentionReason(item)).toMatch(/Severe side effects/);
  });
});
