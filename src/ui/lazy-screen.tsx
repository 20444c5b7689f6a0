import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { Button } from './Button';

// Every route's screen loads as its own file when first visited. preact-iso's lazy() waits forever when that file
// cannot be fetched (a new version replaced it, or the network dropped before the app was stored for offline use):
// the person would see the previous screen, silently. This wrapper shows what happened and a way on instead.

/** What a screen shows when its code could not be fetched: plain words, and a reload that fetches it again. */
function ScreenLoadFailed() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" class="screen__title" tabIndex={-1} ref={heading}>
        This screen could not load
      </h1>
      <p>
        Stillpoint may have been updated, or the connection dropped while this screen was being fetched. Nothing you
        stored is changed. Help now, above, still works.
      </p>
      <Button onClick={() => location.reload()}>Reload Stillpoint</Button>
    </section>
  );
}

/** A route's screen loaded on first visit, which says so plainly (and offers a reload) if its code cannot be fetched. */
export function lazyScreen<P>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  return lazy(() => load().catch(() => ScreenLoadFailed as ComponentType<P>));
}
