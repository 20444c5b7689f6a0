import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { planPractice, startClock } from '../../../src/domain/breath-engine';
import { epochNow } from '../../../src/features/breathwork/use-breath-loop';
import { cuesOf } from '../../../src/features/breathwork/use-practice-cues';
import { type AudioCues, createAudioCues, type ScheduledCue } from '../../../src/platform/audio-cues';
import { FAST_PHASES, unlockAudio } from '../../fixtures/breath-timing';
import { logOscillators, sounded } from '../../fixtures/oscillator-log';

/** How far ahead the cues are scheduled (platform/audio-cues.ts), and a margin for a busy machine. */
const LOOK_AHEAD_MS = 500;
const MARGIN_MS = 100;

const distinctStarts = (scheduled: ScheduledCue[]) => [...new Set(scheduled.map((cue) => cue.atMs))];

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
    const boundaries = [0, 1000, 1500, 2500, 3000, 4000, 4500].map((offset) => clock.startedAt + offset);
    // Running on its own: the first four phase starts get scheduled.
    await vi.waitFor(() => expect(distinctStarts(scheduled).length).toBeGreaterThanOrEqual(4), { timeout: 5000 });
    const now = epochNow();
    // A tone moved to a sharper time is reported again; the earlier one was cancelled.
    const seen = distinctStarts(scheduled);
    // Each phase start once, in order, with no gap; every one already due is there; none beyond the look-ahead.
    expect(seen).toEqual(boundaries.slice(0, seen.length));
    expect(seen.length).toBeGreaterThanOrEqual(boundaries.filter((at) => at <= now).length);
    expect(Math.max(...seen)).toBeLessThanOrEqual(now + 500 + 100);
    const kindByStart = new Map(scheduled.map((cue) => [cue.atMs, cue.kind]));
    expect([...kindByStart.values()].slice(0, 2)).toEqual(['inhale', 'hold']);
    for (const cue of scheduled) expect(cue.startTime).toBeGreaterThanOrEqual(cue.targetTime);

    cues.stop();
    const before = scheduled.length;
    // Wait past the moment a running scheduler would have scheduled the next phase start, then check it did not.
    const next = boundaries[distinctStarts(scheduled).length] ?? clock.startedAt + 6000;
    await vi.waitFor(() => expect(epochNow()).toBeGreaterThan(next - LOOK_AHEAD_MS + MARGIN_MS), { timeout: 5000 });
    expect(scheduled.length).toBe(before);
  }, 15_000);

  it('takes off every waiting tone when the audio clock stands still, and fills afresh from the breath on resume', async () => {
    const audio = await unlockAudio((button) => userEvent.click(button));
    context = audio;
    const log = logOscillators(audio);
    const scheduled: ScheduledCue[] = [];
    cues = createAudioCues({ context: audio, onScheduled: (cue) => scheduled.push(cue) });
    const plan = planPractice({ name: 'Fast', phases: FAST_PHASES }, { cycles: 20 });
    const clock = startClock(epochNow() + 200);
    cues.start(cuesOf(plan, clock));
    await vi.waitFor(() => expect(log.tones.some((tone) => (tone.startTime ?? 0) > audio.currentTime)).toBe(true), {
      timeout: 5000,
    });

    // What iOS does when the screen locks: the audio clock stops while the practice's wall clock goes on.
    await audio.suspend();
    const stoppedAt = audio.currentTime;
    await vi.waitFor(() => expect(log.tones.filter((t) => sounded(t) && t.startTime > stoppedAt)).toEqual([]), {
      timeout: 2000,
    });
    const stoppedFor = epochNow() + 400;
    await vi.waitFor(() => expect(epochNow()).toBeGreaterThan(stoppedFor), { timeout: 2000 });
    const tonesBefore = log.tones.length;
    const cuesBefore = scheduled.length;
    await audio.resume();
    const resumedAt = epochNow();

    // Tones come again, each for a phase start no earlier than a late cue may play (250 ms), none the stop skipped.
    await vi.waitFor(() => expect(log.tones.length).toBeGreaterThan(tonesBefore), { timeout: 5000 });
    const fresh = scheduled.slice(cuesBefore);
    expect(fresh.length).toBeGreaterThan(0);
    for (const cue of fresh) expect(cue.atMs).toBeGreaterThanOrEqual(resumedAt - 250);
    log.restore();
  }, 15_000);
});
