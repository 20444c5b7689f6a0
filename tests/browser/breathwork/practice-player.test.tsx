import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PracticeClock, pauseClock, planPractice, startClock } from '../../../src/domain/breath-engine';
import { DEFAULT_CUES } from '../../../src/domain/breath-practice';
import { PracticePlayer, type PracticePlayerProps } from '../../../src/features/breathwork/PracticePlayer';
import { epochNow } from '../../../src/features/breathwork/use-breath-loop';
import { VIBRATION_PATTERNS } from '../../../src/platform/haptics';
import { FAST_PHASES } from '../../fixtures/breath-timing';

/** Counts animation frames from now on (the player draws on them), until stopped. */
function countFrames(): { count: number; stop: () => void } {
  const counter = { count: 0, stop: () => cancelAnimationFrame(handle) };
  let handle = requestAnimationFrame(function tick() {
    counter.count++;
    handle = requestAnimationFrame(tick);
  });
  return counter;
}

const plan = planPractice({ name: 'Fast', phases: FAST_PHASES }, { cycles: 1 });

function makePlayerProps(clock: PracticeClock, overrides: Partial<PracticePlayerProps> = {}): PracticePlayerProps {
  return {
    plan,
    clock,
    cues: { ...DEFAULT_CUES, sound: false },
    onPause: vi.fn(),
    onResume: vi.fn(),
    onStop: vi.fn(),
    onDone: vi.fn(),
    onCues: vi.fn(),
    ...overrides,
  };
}

describe('the practice player', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('vibrates a distinct pattern at each new phase and says when the practice is done', async () => {
    const vibrate = vi.fn((_pattern: Iterable<number>) => true);
    vi.spyOn(navigator, 'vibrate').mockImplementation(vibrate);
    const props = makePlayerProps(startClock(epochNow()));
    const view = render(<PracticePlayer {...props} />);
    expect(view.getByText('Breathe in')).toBeTruthy();
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const felt = vibrate.mock.calls.map(([pattern]) => [...pattern]);
    expect(felt).toEqual([
      [...VIBRATION_PATTERNS.inhale],
      [...VIBRATION_PATTERNS.hold],
      [...VIBRATION_PATTERNS.exhale],
      [...VIBRATION_PATTERNS.hold],
    ]);
    // What the hand feels: breathing in and breathing out are told apart.
    expect(felt[0]).not.toEqual(felt[2]);
  });

  it('stands still while paused and offers Resume', async () => {
    const now = epochNow();
    const props = makePlayerProps(pauseClock(startClock(now - 1200), now));
    const view = render(<PracticePlayer {...props} />);
    expect(view.getByText('Paused')).toBeTruthy();
    const left = view.container.querySelector('.breath-guide__left')?.textContent;
    // Long enough for a running countdown to change (over a second on the player's own clock), with frames drawn.
    const frames = countFrames();
    await waitFor(
      () => {
        expect(epochNow() - now).toBeGreaterThan(1000);
        expect(frames.count).toBeGreaterThan(10);
      },
      { timeout: 5000 },
    );
    frames.stop();
    expect(view.container.querySelector('.breath-guide__left')?.textContent).toBe(left);
    fireEvent.click(view.getByRole('button', { name: 'Resume' }));
    expect(props.onResume).toHaveBeenCalled();
  });

  it('keeps the screen awake while running', async () => {
    const request = vi.fn(async () => Object.assign(new EventTarget(), { released: false, release: async () => {} }));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    render(<PracticePlayer {...makePlayerProps(startClock(epochNow()))} />);
    await waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    Reflect.deleteProperty(navigator, 'wakeLock');
  });
});
