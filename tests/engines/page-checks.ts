// Waiting and reading helpers for the engine journeys: conditions polled in the page, never fixed sleeps.
import type { EnginePage, PageFunction } from './engine';

const POLL_MS = 100;

/** Polls the page function until it returns something truthy; fails with `what` when it never does. */
export async function waitFor<A extends unknown[], T>(
  page: EnginePage,
  what: string,
  fn: PageFunction<A, T>,
  ...args: A
): Promise<NonNullable<T>> {
  const deadline = Date.now() + 30_000;
  let last: T | undefined;
  for (;;) {
    last = await page.evaluate(fn, ...args).catch(() => undefined);
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) {
      // What the person would have seen instead: the first words of the screen (test data only, no health data).
      const seen = await page.evaluate(() => document.body.innerText.slice(0, 500)).catch(() => '(unreadable)');
      throw new Error(`${page.engine}: timed out waiting for ${what}. The page showed: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Waits until the live app's screen has this level-one heading. The prerendered first frame shows the same heading
 * before the app runs, but its controls are plain HTML the app replaces: a journey acts on the app, so it waits until
 * the frame is gone (src/app/first-frame-swap.ts removes it when the app shows a screen).
 */
export async function expectHeading(page: EnginePage, text: string): Promise<void> {
  await waitFor(
    page,
    `the heading "${text}"`,
    (wanted) =>
      document.getElementById('first-frame') === null && document.querySelector('h1')?.textContent?.trim() === wanted,
    text,
  );
}

/** Waits until the page shows this text somewhere. */
export async function expectText(page: EnginePage, text: string): Promise<void> {
  await waitFor(page, `the text "${text}"`, (wanted) => document.body.innerText.includes(wanted), text);
}

/** Sets a field's value the way a picker would (date and time fields take no typed text alike in every engine). */
export async function setFieldValue(page: EnginePage, label: string, value: string): Promise<void> {
  const done = await page.evaluate(
    (wanted, next) => {
      const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted);
      const field = labelEl?.control as HTMLInputElement | null | undefined;
      if (!field) return false;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(field, next);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    label,
    value,
  );
  if (!done) throw new Error(`${page.engine}: no field labelled "${label}"`);
}

/** Waits until a service worker controls the page (it has installed, precached and claimed it). */
export async function waitForServiceWorker(page: EnginePage): Promise<void> {
  await waitFor(page, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null);
}

/** Moves the page's clock forward (Date only), as a person who waits does; lasts until the next load. */
export async function advanceClock(page: EnginePage, ms: number): Promise<void> {
  await page.evaluate((offset) => {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, ms);
}
