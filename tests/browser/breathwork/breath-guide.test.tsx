import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BreathGuide, type BreathGuideProps } from '../../../src/ui/BreathGuide';

function makeGuideProps(overrides: Partial<BreathGuideProps> = {}): BreathGuideProps {
  return {
    phaseKey: '0-0',
    kind: 'inhale',
    word: 'Breathe in',
    phaseSecondsLeft: 3,
    fromLevel: 0,
    toLevel: 1,
    phaseMs: 4000,
    phaseElapsedMs: 1000,
    timeLeft: '3:59 left',
    progress: 0.1,
    still: false,
    paused: false,
    ...overrides,
  };
}

describe('the breath guide', () => {
  afterEach(cleanup);

  it('grows the circle with a compositor animation that starts at the engine’s progress', () => {
    const view = render(<BreathGuide {...makeGuideProps()} />);
    const circle = view.container.querySelector<HTMLElement>('.breath-guide__circle')!;
    const [animation] = circle.getAnimations();
    expect(animation?.currentTime).toBe(1000);
    expect(view.getByText('Breathe in')).toBeTruthy();
  });

  it('is still under reduced motion: words, a count and a progress bar, and nothing animates', () => {
    const view = render(<BreathGuide {...makeGuideProps({ still: true })} />);
    expect(view.container.querySelector('.breath-guide__circle')).toBeNull();
    expect(document.getAnimations()).toHaveLength(0);
    expect(view.container.querySelector('.breath-guide__count')?.textContent).toBe('3');
    expect(view.container.querySelector('progress')?.value).toBe(100);
    expect(view.getByText('3:59 left')).toBeTruthy();
  });

  it('holds the circle where it is while paused', () => {
    const view = render(<BreathGuide {...makeGuideProps({ paused: true, phaseElapsedMs: 2000 })} />);
    const circle = view.container.querySelector<HTMLElement>('.breath-guide__circle')!;
    expect(circle.getAnimations()).toHaveLength(0);
    expect(circle.style.transform).toBe('scale(0.7)');
    expect(view.getByText('Paused')).toBeTruthy();
  });
});
