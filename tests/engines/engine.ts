// The one surface a journey sees, whichever engine runs it: WebKitGTK over classic WebDriver, Firefox over
// WebDriver BiDi, Chromium over CDP. Elements are found in the page by what a person sees (a button's name, a
// field's label), then clicked and typed into by the driver itself, so the engine's own input path is exercised.

/** The engines the journeys run in. */
export type EngineName = 'webkit' | 'firefox' | 'chromium';

/** What to act on, described as a person would: by role and visible name, or (rarely) by a CSS selector. */
export type Target =
  | { button: string }
  | { link: string }
  | { label: string }
  | { radio: string }
  | { checkbox: string }
  | { css: string };

/** A function run inside the page: it must be self-contained (it is serialised), its arguments plain JSON. */
export type PageFunction<A extends unknown[], T> = (...args: A) => T | Promise<T>;

/** One open page in one engine. */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens a URL and waits for the document to load. */
  goto(url: string): Promise<void>;
  /** Reloads the current document. */
  reload(): Promise<void>;
  /** Waits until the page has no request in flight: what it started after loading (lazy chunks) has arrived. */
  settle(): Promise<void>;
  /** Runs a function in the page and returns its (JSON) result. */
  evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T>;
  /** Clicks the element, as a person would (the engine's own click, so it counts as a user gesture). */
  click(target: Target): Promise<void>;
  /** Clears the field and types the text with the engine's own key events. */
  type(target: Target, text: string): Promise<void>;
  /** Gives a file input a file from disk. */
  upload(target: Target, path: string): Promise<void>;
  /** Sets the size of the page's viewport in CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Uncaught errors and unhandled rejections the pages reported since the last call. */
  takeErrors(): Promise<string[]>;
  /** Ends the session and the browser. */
  close(): Promise<void>;
}

/**
 * Finds the element a Target describes, visible and enabled only; null when there is none (yet). With `tap`, a
 * checkbox or radio comes back as its label, which is what a person taps (styled choices often hide the box).
 * Self-contained: it is serialised into the page.
 */
export function findTarget(target: Target, tap = false): Element | null {
  if (tap) {
    const el = findTarget(target);
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.labels?.[0] ?? el;
    return el;
  }
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const named = (el: Element) => norm(el.getAttribute('aria-label') ?? el.textContent);
  const first = (list: Element[]) => list.find((el) => shown(el)) ?? null;
  if ('css' in target) return document.querySelector(target.css);
  if ('button' in target) {
    const all = [...document.querySelectorAll('button, [role="button"], input[type="submit"]')];
    return first(all.filter((el) => named(el) === target.button && !(el as HTMLButtonElement).disabled));
  }
  if ('link' in target)
    return first([...document.querySelectorAll('a[href]')].filter((el) => named(el) === target.link));
  if ('radio' in target) {
    const labels = [...document.querySelectorAll('label')].filter((l) => norm(l.textContent) === target.radio);
    return (
      labels
        .map((l) => (l as HTMLLabelElement).control)
        .find((c) => c instanceof HTMLInputElement && c.type === 'radio') ?? null
    );
  }
  if ('checkbox' in target) {
    // A checkbox's label often carries details after its name (a date, a score): a part of it is enough.
    const labels = [...document.querySelectorAll('label')].filter((l) => norm(l.textContent).includes(target.checkbox));
    return (
      labels
        .map((l) => (l as HTMLLabelElement).control)
        .find((c) => c instanceof HTMLInputElement && c.type === 'checkbox') ?? null
    );
  }
  const byLabel = [...document.querySelectorAll('label')].find((l) => norm(l.textContent) === target.label);
  const control = (byLabel as HTMLLabelElement | undefined)?.control;
  if (control) return control;
  return document.querySelector(`[aria-label="${CSS.escape(target.label)}"]`);
}

/**
 * Brings the element into view as the browser does for a control reached with Tab (so the page's scroll padding
 * counts), then says what a tap at its centre would hit instead of it: null when nothing covers it. A coordinate
 * click on a covered control lands on whatever covers it (the bottom navigation, say), so the driver checks first.
 * Self-contained: it is serialised into the page.
 */
export function coverAtCentre(el: Element): string | null {
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit && (hit === el || el.contains(hit))) return null;
  if (!hit) return 'nothing (off the screen)';
  const name = (hit.getAttribute('aria-label') ?? hit.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${hit.tagName.toLowerCase()}> "${name}"`;
}

/** Describes a Target in a failure message. */
export function describe(target: Target): string {
  return JSON.stringify(target);
}
