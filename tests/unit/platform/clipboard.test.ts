import { describe, expect, it } from 'vitest';
import { CLEAR_AFTER_MS, type ClipboardWorld, copySecretForAWhile } from '../../../src/platform/clipboard';

/** A clipboard and a clock in memory: timers run when the test says, and the page's focus can be taken away. */
function fakeWorld(options: { readable?: boolean; focused?: boolean } = {}) {
  const state = { text: 'earlier', focused: options.focused ?? true, timers: [] as { run: () => void; ms: number }[] };
  const focusWaiters: (() => void)[] = [];
  const world: ClipboardWorld = {
    clipboard: {
      writeText: async (text: string) => {
        if (!state.focused) throw new DOMException('Document is not focused.', 'NotAllowedError');
        state.text = text;
      },
      ...(options.readable === false ? {} : { readText: async () => state.text }),
    },
    setTimeout: (run, ms) => state.timers.push({ run, ms }),
    onNextFocus: (run) => focusWaiters.push(run),
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    world,
    state,
    async elapse() {
      for (const timer of state.timers.splice(0)) timer.run();
      await settle();
    },
    async focus() {
      state.focused = true;
      for (const run of focusWaiters.splice(0)) run();
      await settle();
    },
  };
}

describe('copying a passphrase for a while', () => {
  it('empties the clipboard after a minute when it still holds the passphrase', async () => {
    const fake = fakeWorld();
    expect(await copySecretForAWhile('7K2M-QX9P', fake.world)).toBe(true);
    expect(fake.state.text).toBe('7K2M-QX9P');
    expect(fake.state.timers.map((t) => t.ms)).toEqual([CLEAR_AFTER_MS]);
    await fake.elapse();
    expect(fake.state.text).toBe('');
  });

  it('leaves the clipboard alone when the person copied something else since', async () => {
    const fake = fakeWorld();
    await copySecretForAWhile('7K2M-QX9P', fake.world);
    fake.state.text = 'a shopping list';
    await fake.elapse();
    expect(fake.state.text).toBe('a shopping list');
  });

  it('empties it anyway where the clipboard cannot be read, as the person was told', async () => {
    const fake = fakeWorld({ readable: false });
    await copySecretForAWhile('7K2M-QX9P', fake.world);
    await fake.elapse();
    expect(fake.state.text).toBe('');
  });

  it('waits for the page to have focus again when it had none at the minute', async () => {
    const fake = fakeWorld();
    await copySecretForAWhile('7K2M-QX9P', fake.world);
    fake.state.focused = false;
    await fake.elapse();
    expect(fake.state.text).toBe('7K2M-QX9P');
    await fake.focus();
    expect(fake.state.text).toBe('');
  });

  it('says so when it could not copy at all', async () => {
    const fake = fakeWorld({ focused: false });
    expect(await copySecretForAWhile('7K2M-QX9P', fake.world)).toBe(false);
    expect(fake.state.timers).toEqual([]);
  });
});
