import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { planPractice, startClock } from '../../../src/domain/breath-engine';
import { epochNow } from '../../../src/features/breathwork/use-breath-loop';
import { cuesOf } from '../../../src/features/breathwork/use-practice-cues';
import { type AudioCues, createAudioCues, type ScheduledCue } from '../../../src/platform/audio-cues';
import { FAST_PHASES, unlockAudio } from '../../fixtures/breath-timing';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('audio cues on the Web Audio clock', () => {
  let cues: AudioCues | undefined;
  let context: AudioContext | undefined;
  afterEach(async () => {
    await cues?.close();
    await context?.close();
  });

  it('schedules each phase start once, a little ahead, and nothing after stop', async () => {
    context = await unlockAudio((button) => userEvent.click(button));
    const scheduled: ScheduledCue[] = [];
    cues = createAudioCues({ context, onScheduled: (cue) => scheduled.push(cue) });
    const plan = planPractice({ name: 'Fast', phases: FAST_PHASES }, { cycles: 10 });
    const clock = startClock(epochNow() + 200);
    cues.start(cuesOf(plan, clock));
    await wait(1500);
    const now = epochNow();
    // A tone moved to a sharper time is reported again; the earlier one was cancelled.
    const seen = [...new Set(scheduled.map((cue) => cue.atMs))];
    const boundaries = [0, 1000, 1500, 2500, 3000, 4000, 4500].map((offset) => clock.startedAt + offset);
    // Each phase start once, in order, with no gap; every one already due is there; none beyond the look-ahead.
    expect(seen).toEqual(boundaries.slice(0, seen.length));
    expect(seen.length).toBeGreaterThanOrEqual(boundaries.filter((at) => at <= now).length);
    expect(Math.max(...seen)).toBeLessThanOrEqual(now + 500 + 100);
    const kindByStart = new Map(scheduled.map((cue) => [cue.atMs, cue.kind]));
    expect([...kindByStart.values()].slice(0, 2)).toEqual(['inhale', 'hold']);
    for (const cue of scheduled) expect(cue.startTime).toBeGreaterThanOrEqual(cue.targetTime);

    cues.stop();
    const before = scheduled.length;
    await wait(600);
    expect(scheduled.length).toBe(before);
  }, 15_000);
});
