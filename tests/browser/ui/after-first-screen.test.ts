// The start-up work that waits for the first screen runs in a task of its own once the screen is usable: never
// inside the task that made it usable (Lighthouse counts the two together as one long task), and not at all when
// cancelled before it ran.
import { afterEach, describe, expect, it } from 'vitest';
import { afterFirstScreen } from '../../../src/ui/after-first-screen';

/** Lets the observer's callback (a microtask) run, but no timer. */
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
/** Lets timers already due run first (timers of the same delay run in the order they were set). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

afterEach(() => {
  delete document.body.dataset.usable;
});

describe('afterFirstScreen', () => {
  it('runs the work in a later task than the one that marked the screen usable', async () => {
    const ran: string[] = [];
    afterFirstScreen(() => ran.push('work'));
    document.body.dataset.usable = 'test';
    await microtasks();
    await microtasks();
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual(['work']);
  });

  it('does not run the work when cancelled after the mark but before the work had its turn', async () => {
    const ran: string[] = [];
    const cancel = afterFirstScreen(() => ran.push('work'));
    document.body.dataset.usable = 'test';
    await microtasks();
    cancel();
    await nextTask();
    await nextTask();
    expect(ran).toEqual([]);
  });

  it('runs the work in a task of its own when the screen was usable already', async () => {
    document.body.dataset.usable = 'test';
    const ran: string[] = [];
    afterFirstScreen(() => ran.push('work'));
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual(['work']);
  });
});
