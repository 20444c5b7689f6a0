import { it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { measureBreathTiming, unlockAudio } from '../../fixtures/breath-timing';
import { METRICS } from '../budgets.ts';
import { report } from './report.ts';

// breath_audio_error_max_ms and breath_visual_error_max_ms: a 10-minute practice with the main thread busy 30%.
const SECONDS = Number(import.meta.env.VITE_BENCH_BREATH_SECONDS ?? 600);

it('measures breath cue timing over a practice with a busy main thread', async () => {
  const context = await unlockAudio((button) => userEvent.click(button));
  const result = await measureBreathTiming({ seconds: SECONDS, busyFraction: 0.3, context });
  const note = `${SECONDS} s practice, main thread 30% busy, ${result.boundaries} phase changes; frames late at most ${result.visualFramesLateMax}`;
  await report('breath', {
    breath_audio_error_max_ms: {
      value: Math.round(result.audioErrorMaxMs * 100) / 100,
      unit: 'ms',
      budget: METRICS.breath_audio_error_max_ms?.budget ?? 5,
      note,
    },
    breath_visual_error_max_ms: {
      value: Math.round(result.visualErrorMaxMs * 100) / 100,
      unit: 'ms',
      budget: METRICS.breath_visual_error_max_ms?.budget ?? 17,
      note,
    },
  });
});
