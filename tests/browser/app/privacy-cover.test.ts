import { afterEach, describe, expect, it } from 'vitest';
import { COVER_CLASS, watchPrivacyCover } from '../../../src/app/privacy-cover';
import { putLockIn } from '../../fixtures/lock-state';
import '../../../src/app/shell.css';

/** Makes the page say it is hidden or visible, as switching apps does, and tells its listeners. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

const covered = () => document.documentElement.classList.contains(COVER_CLASS);

describe('covering the app while it is hidden', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    setVisibility('visible');
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('covers the app when hidden with the lock on, and uncovers it when visible again', async () => {
    await putLockIn('unlocked');
    stop = watchPrivacyCover();
    setVisibility('hidden');
    expect(covered()).toBe(true);
    setVisibility('visible');
    expect(covered()).toBe(false);
  });

  it('covers on pagehide too (a page going into the back-forward cache)', async () => {
    await putLockIn('locked');
    stop = watchPrivacyCover();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(covered()).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow'));
    expect(covered()).toBe(false);
  });

  it('leaves the app as it is when the lock is off', async () => {
    await putLockIn('off');
    stop = watchPrivacyCover();
    setVisibility('hidden');
    expect(covered()).toBe(false);
  });

  it('paints nothing of the app while covered, with no transition', async () => {
    await putLockIn('unlocked');
    stop = watchPrivacyCover();
    setVisibility('hidden');
    const cover = getComputedStyle(document.documentElement, '::after');
    expect(cover.position).toBe('fixed');
    expect(cover.content).not.toBe('none');
    expect(getComputedStyle(document.body).transitionDuration).toBe('0s');
  });
});
