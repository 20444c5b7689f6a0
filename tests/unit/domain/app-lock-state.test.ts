import { describe, expect, it } from 'vitest';
import type { LockRecord } from '../../../src/domain/app-lock';
import { initialLockState, knownEpoch, type LockState, nextLockState } from '../../../src/domain/app-lock-state';

function makeRecord(overrides: Partial<LockRecord> = {}): LockRecord {
  return {
    id: 'app-lock',
    state: 'on',
    salt: new Uint8Array([1, 2, 3]),
    iterations: 600_000,
    iv: new Uint8Array([4]),
    wrapped: new Uint8Array([5, 6]),
    idleMinutes: 5,
    changedAt: '2026-11-01T00:00:00.000Z',
    epoch: 7,
    ...overrides,
  };
}

const key = {} as CryptoKey;

describe('the lock state machine', () => {
  it('starts from the hint: locked without a record, or off and not yet known', () => {
    expect(initialLockState(true)).toEqual({ status: 'locked', record: undefined });
    expect(initialLockState(false)).toEqual({ status: 'off', known: false, epoch: 0 });
  });

  it('reading no record means off; reading one means locked, unless this tab holds its key', () => {
    const record = makeRecord();
    expect(nextLockState(initialLockState(true), { type: 'read', record: undefined })).toMatchObject({ status: 'off' });
    expect(nextLockState(initialLockState(false), { type: 'read', record })).toEqual({ status: 'locked', record });
    const unlocked = nextLockState(initialLockState(true), { type: 'unlocked', record, key });
    const idleChanged = makeRecord({ idleMinutes: 15 });
    expect(nextLockState(unlocked, { type: 'read', record: idleChanged })).toMatchObject({
      status: 'unlocked',
      record: idleChanged,
    });
    const newPassphrase = makeRecord({ wrapped: new Uint8Array([9]) });
    expect(nextLockState(unlocked, { type: 'read', record: newPassphrase })).toEqual({
      status: 'locked',
      record: newPassphrase,
    });
  });

  it('keeps the key while a conversion runs, and forgets it otherwise', () => {
    const unlocked = nextLockState(initialLockState(true), { type: 'unlocked', record: makeRecord(), key });
    const converting = nextLockState(unlocked, {
      type: 'progress',
      conversion: { direction: 'on', done: 1, total: 9 },
    });
    expect(nextLockState(converting, { type: 'forget' })).toBe(converting);
    expect(nextLockState(unlocked, { type: 'forget' })).toMatchObject({ status: 'locked' });
  });

  it('a sealed record met without the key locks an app that thought it was off', () => {
    const off: LockState = { status: 'off', known: false, epoch: 0 };
    expect(nextLockState(off, { type: 'sealed-without-key' })).toEqual({ status: 'locked', record: undefined });
  });

  it('a late "sealed without the key" leaves an unlocked app unlocked: it was decided before the unlock', () => {
    const unlocked = nextLockState(initialLockState(true), { type: 'unlocked', record: makeRecord(), key });
    expect(nextLockState(unlocked, { type: 'sealed-without-key' })).toBe(unlocked);
  });

  it('turning the lock off moves the epoch one past the last lock, so tabs hear it as news', () => {
    const unlocked = nextLockState(initialLockState(true), { type: 'unlocked', record: makeRecord(), key });
    const off = nextLockState(unlocked, { type: 'removed' });
    expect(off).toEqual({ status: 'off', known: true, epoch: 8 });
    expect(knownEpoch(off)).toBeGreaterThan(knownEpoch(unlocked));
  });
});
