import type { Ref } from 'preact';

/**
 * The top bar: the app's name (home) and the help button, which is on every screen. The running app's help goes to
 * its own emergency screen; the prerendered first frame's goes to the static page that needs no script.
 */
export function Header({ helpHref = '/emergency', bar }: { helpHref?: string; bar?: Ref<HTMLElement> }) {
  return (
    <header class="app-header" ref={bar}>
      <a class="app-header__name" href="/">
        Stillpoint
      </a>
      {/* The static page is outside the app: `_top` keeps the router (listening once the app starts, while this
          prerendered link may still be on screen) from opening it as an app route, which would say "Page not found". */}
      <a
        class="btn btn--danger app-header__help"
        href={helpHref}
        target={helpHref === '/emergency' ? undefined : '_top'}
      >
        Help now
      </a>
    </header>
  );
}
