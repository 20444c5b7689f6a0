import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideReadiness } from '../../../src/domain/readiness-decision';
import type { SafetyRuleId } from '../../../src/domain/safety-rule-id';
import { hoursAgo, makeAnswers, makeReadinessInput, makeReading, makeScreening } from '../../fixtures/safety-builders';

function levelOf(result: ReturnType<typeof decideReadiness>, ruleId: SafetyRuleId) {
  return result.reasons.find((reason) => reason.ruleId === ruleId)?.level;
}

function decideWithReading(systolic: number, diastolic: number, heartRate = 70) {
  const reading = makeReading({ systolic, diastolic, heartRate });
  // A reading outside the normal band needs a re-check; giving the same reading twice tests the band itself.
  return decideReadiness(makeReadinessInput({ firstReading: reading, secondReading: reading }));
}

describe('the readiness decision', () => {
  it('is ready when every rule is met', () => {
    const result = decideReadiness(makeReadinessInput());
    expect(result.decision).toBe('ready');
    expect(result.reasons.every((reason) => reason.level === 'ok')).toBe(true);
  });

  describe('blood pressure bands', () => {
    // The edges as the sources write them: caution above 140/90 (Spravato), hold above 160/90 (remote agreement).
    it.each([
      [139, 89, 'ready'],
      [140, 90, 'ready'],
      [141, 80, 'caution'],
      [141, 90, 'caution'],
      [160, 90, 'caution'],
      [161, 80, 'hold'],
      [120, 91, 'hold'],
      [160, 91, 'hold'],
    ] as const)('gives %i/%i → %s', (systolic, diastolic, expected) => {
      expect(decideWithReading(systolic, diastolic).decision).toBe(expected);
    });

    it('says what to do in the caution band: only with the care plan’s say-so', () => {
      const reason = decideWithReading(150, 85).reasons.find((r) => r.ruleId === 'blood-pressure');
      expect(reason?.next).toMatch(/care plan/);
    });
  });

  describe('heart rate', () => {
    // Hold above 100 (remote agreement); no low limit, since no cited source sets one.
    it.each([
      [40, 'ready'],
      [99, 'ready'],
      [100, 'ready'],
      [101, 'hold'],
    ] as const)('holds or passes a resting heart rate of %i → %s', (heartRate, expected) => {
      expect(decideWithReading(120, 80, heartRate).decision).toBe(expected);
    });
  });

  describe('the re-check', () => {
    it('holds and asks for a re-check when the first reading is high and there is no second yet', () => {
      const result = decideReadiness(
        makeReadinessInput({ firstReading: makeReading({ systolic: 150, diastolic: 95 }) }),
      );
      expect(result.decision).toBe('hold');
      expect(levelOf(result, 'recheck')).toBe('hold');
    });

    it('is ready when the first reading is in the hold band and the second is normal', () => {
      const result = decideReadiness(
        makeReadinessInput({
          firstReading: makeReading({ systolic: 165, diastolic: 101 }),
          secondReading: makeReading({ systolic: 130, diastolic: 85 }),
        }),
      );
      expect(result.decision).toBe('ready');
      expect(levelOf(result, 'recheck')).toBe('ok');
    });

    it('holds the session when the re-check is still above the limit', () => {
      const result = decideReadiness(
        makeReadinessInput({
          firstReading: makeReading({ systolic: 150, diastolic: 95 }),
          secondReading: makeReading({ systolic: 162, diastolic: 95 }),
        }),
      );
      expect(result.decision).toBe('hold');
      expect(levelOf(result, 'blood-pressure')).toBe('hold');
    });

    it('ignores a second reading when the first was normal', () => {
      const result = decideReadiness(
        makeReadinessInput({ firstReading: makeReading(), secondReading: makeReading({ systolic: 170 }) }),
      );
      expect(result.decision).toBe('ready');
    });

    it('re-checks a heart rate out of range too', () => {
      const result = decideReadiness(
        makeReadinessInput({
          firstReading: makeReading({ heartRate: 104 }),
          secondReading: makeReading({ heartRate: 88 }),
        }),
      );
      expect(result.decision).toBe('ready');
    });
  });

  describe('fasting', () => {
    it('holds when the last meal was under 4 hours ago, and says how long to wait', () => {
      const result = decideReadiness(
        makeReadinessInput({ answers: makeAnswers({ lastFoodAt: hoursAgo(3).toISOString() }) }),
      );
      expect(result.decision).toBe('hold');
      expect(result.reasons.find((r) => r.ruleId === 'food')?.next).toMatch(/Wait 1 hour/);
    });

    it('holds when the last drink was under 2 hours ago', () => {
      const result = decideReadiness(
        makeReadinessInput({ answers: makeAnswers({ lastDrinkAt: hoursAgo(1.5).toISOString() }) }),
      );
      expect(levelOf(result, 'clear-liquids')).toBe('hold');
    });

    it('passes a meal exactly 4 hours ago and one more than 48 hours ago', () => {
      for (const at of [hoursAgo(4), hoursAgo(50)]) {
        const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ lastFoodAt: at.toISOString() }) }));
        expect(levelOf(result, 'food')).toBe('ok');
      }
    });
  });

  describe('substances, medicines, sitter and place', () => {
    it('holds after alcohol or cannabis in the last 24 hours', () => {
      const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ alcoholOrCannabis: true }) }));
      expect(levelOf(result, 'alcohol-cannabis')).toBe('hold');
    });

    it.each(['no', 'unsure'] as const)('holds when stimulant instructions were answered "%s"', (answer) => {
      const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ stimulants: answer }) }));
      expect(levelOf(result, 'stimulants')).toBe('hold');
    });

    it('holds when other medicines were not taken as prescribed, and never tells anyone to stop one', () => {
      const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ medicines: 'no' }) }));
      expect(levelOf(result, 'medicines')).toBe('hold');
      expect(result.reasons.map((r) => `${r.text} ${r.next ?? ''}`).join(' ')).not.toMatch(/\bstop\b/i);
    });

    it('holds without a sitter', () => {
      const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ sitterPresent: false }) }));
      expect(levelOf(result, 'sitter')).toBe('hold');
    });

    it('holds while the space is not ready', () => {
      const result = decideReadiness(makeReadinessInput({ answers: makeAnswers({ placeReady: false }) }));
      expect(levelOf(result, 'place')).toBe('hold');
    });
  });

  describe('spacing', () => {
    it('holds at 71 hours since the last session (the default says hold when too soon)', () => {
      expect(levelOf(decideReadiness(makeReadinessInput({ lastSessionAt: hoursAgo(71) })), 'spacing')).toBe('hold');
    });

    it('passes at 72 hours', () => {
      expect(levelOf(decideReadiness(makeReadinessInput({ lastSessionAt: hoursAgo(72) })), 'spacing')).toBe('ok');
    });

    it('asks to check in with the care team after more than 90 days', () => {
      const result = decideReadiness(makeReadinessInput({ lastSessionAt: hoursAgo(24 * 91) }));
      expect(result.decision).toBe('caution');
      expect(result.reasons.find((r) => r.ruleId === 'spacing')?.next).toMatch(/care team/);
    });

    it('passes a first session', () => {
      expect(levelOf(decideReadiness(makeReadinessInput({ lastSessionAt: undefined })), 'spacing')).toBe('ok');
    });
  });

  describe('screening', () => {
    it('cautions when screening is due', () => {
      expect(decideReadiness(makeReadinessInput({ lastScreening: undefined })).decision).toBe('caution');
    });

    it('cautions after a screening with a "yes", and holds after one that found a crisis', () => {
      const talk = makeScreening({ outcome: 'talk-to-prescriber', reasons: ['Have you had seizures?'] });
      expect(levelOf(decideReadiness(makeReadinessInput({ lastScreening: talk })), 'screening')).toBe('caution');
      const crisis = makeScreening({ outcome: 'crisis', reasons: ['…'] });
      expect(decideReadiness(makeReadinessInput({ lastScreening: crisis })).decision).toBe('hold');
    });
  });

  it('never says "ready" (or "caution") when any hold rule fires', () => {
    const answers = fc.record({
      alcoholOrCannabis: fc.boolean(),
      stimulants: fc.constantFrom('not-applicable', 'yes', 'no', 'unsure' as const),
      medicines: fc.constantFrom('not-applicable', 'yes', 'no', 'unsure' as const),
      sitterPresent: fc.boolean(),
      placeReady: fc.boolean(),
      foodHours: fc.double({ min: 0, max: 60, noNaN: true }),
      drinkHours: fc.double({ min: 0, max: 60, noNaN: true }),
    });
    const reading = fc.record({
      systolic: fc.integer({ min: 80, max: 220 }),
      diastolic: fc.integer({ min: 40, max: 79 }).chain((d) => fc.constantFrom(d, d + 30, d + 45)),
      heartRate: fc.integer({ min: 30, max: 160 }),
    });
    fc.assert(
      fc.property(
        answers,
        reading,
        fc.option(reading),
        fc.option(fc.double({ min: 0, max: 24 * 200, noNaN: true })),
        (a, r1, r2, sinceHours) => {
          const result = decideReadiness(
            makeReadinessInput({
              answers: makeAnswers({
                ...a,
                lastFoodAt: hoursAgo(a.foodHours).toISOString(),
                lastDrinkAt: hoursAgo(a.drinkHours).toISOString(),
              }),
              firstReading: makeReading(r1),
              secondReading: r2 ? makeReading(r2) : undefined,
              lastSessionAt: sinceHours === null ? undefined : hoursAgo(sinceHours),
            }),
          );
          const anyHold = result.reasons.some((reason) => reason.level === 'hold');
          const anyCaution = result.reasons.some((reason) => reason.level === 'caution');
          if (anyHold) expect(result.decision).toBe('hold');
          else if (anyCaution) expect(result.decision).toBe('caution');
          else expect(result.decision).toBe('ready');
          if (a.alcoholOrCannabis || !a.sitterPresent || !a.placeReady || a.foodHours < 4 || a.drinkHours < 2) {
            expect(result.decision).toBe('hold');
          }
          if (r1.systolic >= 160 && !r2) expect(result.decision).toBe('hold');
          if (
            r2 &&
            (r1.systolic >= 140 || r1.diastolic >= 90) &&
            (r2.systolic >= 160 || r2.diastolic >= 100 || r2.heartRate >= 100 || r2.heartRate < 50)
          ) {
            expect(result.decision).toBe('hold');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
