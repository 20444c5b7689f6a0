import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props of a Screen. */
export interface ScreenProps {
  title: string;
  /** Shown under the title in muted text. */
  intro?: ComponentChildren;
  children?: ComponentChildren;
}

// Every tab and window keeps index.html's title, the app's name only, and no screen changes it: a document title
// reaches the tab strip, the app switcher and the browser's history (outside the lock, and after "erase
// everything"), while a heading may hold a journal entry's first line, a person's name or a questionnaire's result;
// so no heading ever becomes the title. Each screen is announced by its heading instead, which takes focus when the
// screen appears.

/** One page of the app: moves focus to the heading so screen readers hear the change (the title stays neutral). */
export function Screen({ title, intro, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" class="screen__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {intro ? <p class="muted">{intro}</p> : null}
      {children}
    </section>
  );
}
