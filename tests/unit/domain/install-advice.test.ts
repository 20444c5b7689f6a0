import { describe, expect, it } from 'vitest';
import {
  type InstallSignals,
  installState,
  isIos,
  showHomeScreenAdvice,
  storageExpiresInTab,
} from '../../../src/domain/install-advice';

function signals(overrides: Partial<InstallSignals> = {}): InstallSignals {
  return {
    platform: 'Linux x86_64',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    maxTouchPoints: 0,
    standalone: false,
    displayModeStandalone: false,
    ...overrides,
  };
}

describe('where Stillpoint runs', () => {
  it('knows an iPhone, and an iPad that asks for desktop sites (a "Mac" with touch points)', () => {
    expect(isIos(signals({ platform: 'iPhone', maxTouchPoints: 5 }))).toBe(true);
    expect(isIos(signals({ platform: 'iPad' }))).toBe(true);
    expect(isIos(signals({ platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true);
    expect(isIos(signals({ platform: 'MacIntel', maxTouchPoints: 0 }))).toBe(false);
    expect(isIos(signals({ platform: 'Linux armv8l', maxTouchPoints: 5 }))).toBe(false);
  });

  it('counts Safari’s navigator.standalone or the standalone display mode as installed', () => {
    expect(installState(signals({ platform: 'iPhone', standalone: true }))).toEqual({ ios: true, installed: true });
    expect(installState(signals({ displayModeStandalone: true }))).toEqual({ ios: false, installed: true });
    expect(installState(signals({ platform: 'iPhone' }))).toEqual({ ios: true, installed: false });
  });

  it('treats storage as expiring only on iOS in a tab, and advises the Home Screen there until seen once', () => {
    const tab = installState(signals({ platform: 'iPhone', maxTouchPoints: 5 }));
    const home = installState(signals({ platform: 'iPhone', maxTouchPoints: 5, standalone: true }));
    const desktop = installState(signals());
    expect(storageExpiresInTab(tab)).toBe(true);
    expect(storageExpiresInTab(home)).toBe(false);
    expect(storageExpiresInTab(desktop)).toBe(false);
    expect(showHomeScreenAdvice(tab, undefined)).toBe(true);
    expect(showHomeScreenAdvice(tab, '2026-12-01T10:00:00.000Z')).toBe(false);
    expect(showHomeScreenAdvice(home, undefined)).toBe(false);
    expect(showHomeScreenAdvice(desktop, undefined)).toBe(false);
  });
});
