// Build time only (the prerender plugin loads this in Node): the first frames written into index.html, so the first
// paint needs no script. They are the app's own components rendered with nothing loaded yet, which is exactly what
// the running app's first render of the same screen shows; main.tsx swaps them for the live app (see first-frame-swap).
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { renderToString } from 'preact-render-to-string';
import { HomeScreen } from '../../features/home/HomeScreen';
import { WelcomeScreen } from '../../features/welcome/WelcomeScreen';
import { Header } from '../Header';
import { MainNav } from '../MainNav';

/** Where the prerendered Help now goes: a static page that lists every supported country's numbers. */
export const HELP_NOW_PAGE = '/help-now.html';

function AtRoot({ children }: { children: ComponentChildren }) {
  const location = {
    url: '/',
    path: '/',
    query: {},
    route: () => undefined,
    back: () => undefined,
    forward: () => undefined,
  };
  return <LocationProvider.ctx.Provider value={location}>{children}</LocationProvider.ctx.Provider>;
}

/** Gives the hidden home frame's ids their own names, so the document never holds one id twice. */
function renameIds(html: string, prefix: string): string {
  return html.replace(/\b(id|aria-labelledby|for)="([^"]+)"/g, (_, attribute: string, id: string) => {
    return `${attribute}="${prefix}${id}"`;
  });
}

/**
 * Controls in the frame are disabled: a tap on Start before the app runs would otherwise submit the plain form and
 * reload the page. Links stay live (they are plain navigation, and Help now must work).
 */
function disableControls(html: string): string {
  return html.replace(/<(button|input|select|textarea)\b/g, '<$1 disabled');
}

/**
 * The prerendered shell: skip link, header with a Help now that works without script, the welcome frame (shown by
 * default, and so without JavaScript), the home frame and the navigation (shown by the first-frame script's class).
 */
export function renderFirstFrames(): string {
  const welcome = disableControls(renderToString(<WelcomeScreen />));
  const home = disableControls(renameIds(renderToString(<HomeScreen />), 'first-home-'));
  const nav = renderToString(
    <AtRoot>
      <MainNav />
    </AtRoot>,
  );
  return [
    '<div id="first-frame" class="first-frame">',
    '<a class="skip-link" href="#main">Skip to content</a>',
    renderToString(<Header helpHref={HELP_NOW_PAGE} />),
    '<main id="main">',
    `<div class="first-frame__welcome">${welcome}</div>`,
    `<div class="first-frame__home">${home}</div>`,
    '</main>',
    `<div class="first-frame__nav">${nav}</div>`,
    '</div>',
  ].join('');
}
