import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props of a Screen. */
export interface ScreenProps {
  title: string;
  /** Shown under the title in muted text. */
  intro?: ComponentChildren;
  children?: ComponentChildren;
}

/** One page of the app: sets the document title and moves focus to the heading so screen readers hear the change. */
export function Screen({ title, intro, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Stillpoint`;
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
