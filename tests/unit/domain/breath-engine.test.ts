import { describe, expect, it } from 'vitest';
import { BREATH_LIBRARY } from '../../../src/content/breath-patterns';
import {
  boundariesBetween,
  elapsedAt,
  InvalidPatternError,
  pauseClock,
  planPractice,
  positionAt,
  resumeClock,
  startClock,
  wallTimeOf,
} from '../../../src/domain/breath-engine';
import type { BreathPattern, BreathPhase } from '../../../src/domain/breath-pattern';

function makePattern(phases: BreathPhase[], name = 'Test'): Pick<BreathPattern, 'name' | 'phases'> {
  return { name, phases };
}

const START = Date.UTC(2026, 10, 22, 6, 0, 0) + 0.123;

describe('the breath engine', () => {
  for (const pattern of BREATH_LIBRARY) {
    it(`names the right phase at every instant of ${pattern.name}`, () => {
      const plan = planPractice(pattern, { minutes: pattern.defaultMinutes });
      const timed = pattern.phases.filter((p) => p.seconds > 0);
      let offset = 0;
      for (const [index, phase] of timed.entries()) {
        const ms = phase.seconds * 1000;
        for (const at of [offset, offset + ms / 2, offset + ms - 1]) {
          for (const cycle of [0, 3]) {
            const position = positionAt(plan, cycle * plan.cycleMs + at);
            expect(position).toMatchObject({ phaseIndex: index, kind: phase.kind, cycle });
          }
        }
        offset += ms;
      }
      expect(plan.cycleMs).toBe(offset);
    });
  }

  it('makes coherent breathing about five and a half breaths a minute', () => {
    const plan = planPractice(BREATH_LIBRARY.find((p) => p.id === 'coherent')!, { minutes: 5 });
    expect(60_000 / plan.cycleMs).toBeCloseTo(5.45, 1);
    expect(plan.cycles).toBe(27);
  });

  it('gives cyclic sighing two breaths in, the second a short top-up, before a long breath out', () => {
    const plan = planPractice(BREATH_LIBRARY.find((p) => p.id === 'cyclic-sighing')!, { minutes: 5 });
    expect(plan.phases.map((p) => p.kind)).toEqual(['inhale', 'top-up', 'exhale']);
    expect(plan.phases[1]!.durationMs).toBeLessThan(plan.phases[0]!.durationMs);
    expect(plan.phases[2]!.durationMs).toBeGreaterThan(plan.phases[0]!.durationMs + plan.phases[1]!.durationMs);
  });

  it('is exactly at the start of a cycle after any whole number of cycles in a two-hour practice', () => {
    for (const pattern of BREATH_LIBRARY) {
      const plan = planPractice(pattern, { minutes: 120 });
      for (let k = 0; k < plan.cycles; k++) {
        const position = positionAt(plan, k * plan.cycleMs);
        expect(position.phaseIndex).toBe(0);
        expect(position.phaseElapsedMs).toBe(0);
        expect(position.cycle).toBe(k);
      }
    }
  });

  it('reads the same phase from a wall clock two hours on, with pauses, as from the start (zero drift)', () => {
    const plan = planPractice(
      makePattern([
        { kind: 'inhale', seconds: 5.5 },
        { kind: 'exhale', seconds: 5.5 },
      ]),
      {
        minutes: 120,
      },
    );
    let clock = startClock(START);
    clock = resumeClock(pauseClock(clock, START + 60_000), START + 90_000);
    const k = plan.cycles - 1;
    const position = positionAt(plan, elapsedAt(clock, wallTimeOf(clock, k * plan.cycleMs)));
    expect(position).toMatchObject({ cycle: k, phaseIndex: 0 });
    expect(position.phaseElapsedMs).toBeCloseTo(0, 6);
  });

  it('lists every phase start once and in order, window after window', () => {
    const plan = planPractice(BREATH_LIBRARY.find((p) => p.id === 'box')!, { minutes: 4 });
    const seen: number[] = [];
    for (let from = 0; from < plan.totalMs; from += 333) {
      seen.push(...boundariesBetween(plan, from, from + 333).map((b) => b.atElapsedMs));
    }
    expect(seen).toEqual(Array.from({ length: plan.cycles * 4 }, (_, i) => i * 4000));
  });

  it('is done at the end and stops on a breath out', () => {
    const plan = planPractice(BREATH_LIBRARY.find((p) => p.id === '4-7-8')!, { minutes: 3 });
    const end = positionAt(plan, plan.totalMs + 5000);
    expect(end).toMatchObject({ done: true, remainingMs: 0, kind: 'exhale', cycle: plan.cycles - 1 });
    expect(positionAt(plan, plan.totalMs - 1).done).toBe(false);
  });

  it('fills the lungs on a breath in and empties them on a breath out', () => {
    const plan = planPractice(BREATH_LIBRARY.find((p) => p.id === 'box')!, { minutes: 4 });
    expect(positionAt(plan, 0).level).toBe(0);
    expect(positionAt(plan, 2000).level).toBeCloseTo(0.5);
    expect(positionAt(plan, 6000).level).toBe(1);
    expect(positionAt(plan, 14_000).level).toBe(0);
  });
});

describe('pause and resume', () => {
  it('stops the practice clock while paused and adds the pause to the paused time', () => {
    let clock = startClock(START);
    expect(elapsedAt(clock, START + 10_000)).toBe(10_000);
    clock = pauseClock(clock, START + 10_000);
    expect(elapsedAt(clock, START + 70_000)).toBe(10_000);
    clock = resumeClock(clock, START + 70_000);
    expect(clock).toEqual({ startedAt: START, pausedMs: 60_000, pausedAt: null });
    expect(elapsedAt(clock, START + 75_000)).toBe(15_000);
  });

  it('adds up several pauses', () => {
    let clock = startClock(START);
    for (let i = 0; i < 5; i++) clock = resumeClock(pauseClock(clock, START + i * 10_000), START + i * 10_000 + 2000);
    expect(clock.pausedMs).toBe(10_000);
    expect(elapsedAt(clock, START + 60_000)).toBe(50_000);
  });

  it('ignores a second pause or a resume while running', () => {
    const paused = pauseClock(startClock(START), START + 1000);
    expect(pauseClock(paused, START + 5000)).toBe(paused);
    const running = startClock(START);
    expect(resumeClock(running, START + 5000)).toBe(running);
  });
});

describe('invalid patterns', () => {
  const refusals: [string, BreathPhase[]][] = [
    [
      'a cycle of zero length',
      [
        { kind: 'inhale', seconds: 0 },
        { kind: 'exhale', seconds: 0 },
      ],
    ],
    [
      'a pattern without a breath out',
      [
        { kind: 'inhale', seconds: 4 },
        { kind: 'hold', seconds: 4 },
      ],
    ],
    [
      'a pattern without a breath in',
      [
        { kind: 'hold', seconds: 4 },
        { kind: 'exhale', seconds: 4 },
      ],
    ],
    [
      'a phase longer than 30 seconds',
      [
        { kind: 'inhale', seconds: 31 },
        { kind: 'exhale', seconds: 4 },
      ],
    ],
    [
      'a negative phase',
      [
        { kind: 'inhale', seconds: -1 },
        { kind: 'exhale', seconds: 4 },
      ],
    ],
    [
      'a cycle shorter than two seconds',
      [
        { kind: 'inhale', seconds: 0.5 },
        { kind: 'exhale', seconds: 0.5 },
      ],
    ],
    [
      'a cycle longer than 90 seconds',
      [30, 30, 30, 30].map(
        (s, i) => ({ kind: i === 0 ? 'inhale' : i === 3 ? 'exhale' : 'hold', seconds: s }) as BreathPhase,
      ),
    ],
  ];
  for (const [what, phases] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => planPractice(makePattern(phases), { minutes: 5 })).toThrow(InvalidPatternError);
    });
  }

  it('refuses a practice longer than two hours or of no length', () => {
    const pattern = BREATH_LIBRARY[0]!;
    expect(() => planPractice(pattern, { minutes: 121 })).toThrow(InvalidPatternError);
    expect(() => planPractice(pattern, { minutes: 0 })).toThrow(InvalidPatternError);
    expect(() => planPractice(pattern, { cycles: 0 })).toThrow(InvalidPatternError);
  });

  it('skips a phase of zero seconds', () => {
    const plan = planPractice(
      makePattern([
        { kind: 'inhale', seconds: 4 },
        { kind: 'hold', seconds: 0 },
        { kind: 'exhale', seconds: 4 },
      ]),
      { cycles: 2 },
    );
    expect(plan.phases.map((p) => p.kind)).toEqual(['inhale', 'exhale']);
    expect(plan.totalMs).toBe(16_000);
  });
});
