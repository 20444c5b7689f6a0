// The shell's one mode: what overrides what, and the table of what each mode shows.
import { describe, expect, it } from 'vitest';
import { SHELL_VIEWS, type ShellInputs, shellModeOf } from '../../../src/state/shell-mode';

const openApp: ShellInputs = { closing: undefined, storageTrouble: false, locked: false, firstRunDone: true };
const mode = (change: Partial<ShellInputs>) => shellModeOf({ ...openApp, ...change });

describe('the shell mode', () => {
  it('is the first run until the first run is done, then the open app', () => {
    expect(mode({ firstRunDone: false })).toBe('first-run');
    expect(mode({})).toBe('open');
  });

  it('is locked while the lock is locked, whatever the first run says, and open once unlocked', () => {
    expect(mode({ locked: true })).toBe('locked');
    expect(mode({ locked: true, firstRunDone: false })).toBe('locked');
    expect(mode({ locked: false })).toBe('open');
  });

  it('shows storage trouble over the lock, and erased or stepped aside over everything', () => {
    expect(mode({ locked: true, storageTrouble: true })).toBe('storage-trouble');
    expect(mode({ locked: true, storageTrouble: true, closing: 'stepped-aside' })).toBe('stepped-aside');
    expect(mode({ locked: true, storageTrouble: true, closing: 'erased' })).toBe('erased');
  });

  it('keeps the shell while an erase is still running, and shows the erased page only once it is done', () => {
    expect(mode({ closing: 'erasing' })).toBe('open');
    expect(SHELL_VIEWS[mode({ closing: 'erased' })].page).toBe('erased');
  });
});

describe('the table of what each mode shows', () => {
  it('shows the navigation only in the open app, and the lock screen for every other path while locked', () => {
    const withNav = Object.entries(SHELL_VIEWS).filter(([, view]) => view.nav);
    expect(withNav.map(([mode]) => mode)).toEqual(['open']);
    expect(SHELL_VIEWS.locked).toMatchObject({ routes: 'while-locked', fallback: 'lock', conversionToast: false });
  });

  it('remounts every screen on locking, but not when the first run ends (a restore stays on screen)', () => {
    expect(SHELL_VIEWS.locked.routerKey).not.toBe(SHELL_VIEWS.open.routerKey);
    expect(SHELL_VIEWS['first-run'].routerKey).toBe(SHELL_VIEWS.open.routerKey);
  });
});
