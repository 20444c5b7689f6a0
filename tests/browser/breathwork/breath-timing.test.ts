import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { measureBreathTiming, unlockAudio } from '../../fixtures/breath-timing';

describe('breath cue timing with the main thread 30% busy', () => {
  it('starts every audio cue within 5 ms of its phase boundary and shows every phase change within one frame', async () => {
    const context = await unlockAudio((button) => userEvent.click(button));
    const result = await measureBreathTiming({ seconds: 9, busyFraction: 0.3, context });
    await context.close();
    console.info('breath timing', JSON.stringify(result));
    expect(result.audioCues).toBe(result.boundaries);
    expect(result.visualChanges).toBe(result.boundaries);
    expect(result.audioErrorMaxMs).toBeLessThanOrEqual(5);
    expect(result.visualFramesLateMax).toBe(0);
    expect(result.visualErrorMaxMs).toBeLessThan(Number.POSITIVE_INFINITY);
  }, 30_000);
});
