// The one script that runs before the first paint: a classic script inline in index.html's head (allowed by its CSP
// hash, so the paint waits for no request), that picks which prerendered frame the page shows, from the same
// localStorage hints the app starts from.

/** The localStorage keys the script reads; the app's own modules own them (see state/settings, state/app-lock). */
export interface FirstFrameKeys {
  settings: string;
  lock: string;
}

/** What the build tells the script beyond the keys: the home screen's module files, as URLs from the site's root. */
export type HomeModules = readonly string[];

/**
 * Sets a class on <html>: none (the welcome frame, also what shows without JavaScript), `ff-home` (a returning
 * person on /), `ff-shell` (a returning person elsewhere: header and navigation only) or `ff-locked` (header only,
 * the lock screen follows). Also applies the chosen theme before anything paints, and on `ff-home` asks for the home
 * screen's modules: the start bundle asks for them only once it has evaluated, about 12 ms after it arrives, and asked
 * for here they come in alongside it (`crossOrigin` as on the start bundle's own tag, since a preload serves only a
 * fetch with its credentials). Only there: on a first visit they would compete with the start bundle and delay the
 * welcome's first paint. Must stay self-contained: it is written into index.html as source text, comments and all,
 * so comments go here, not inside.
 */
export function chooseFirstFrame(keys: FirstFrameKeys, homeModules: HomeModules): void {
  const root = document.documentElement;
  try {
    const settings = JSON.parse(localStorage.getItem(keys.settings) ?? 'null') as {
      firstRunDone?: unknown;
      theme?: unknown;
    } | null;
    if (settings && (settings.theme === 'light' || settings.theme === 'dark' || settings.theme === 'dim'))
      root.dataset.theme = settings.theme;
    if (localStorage.getItem(keys.lock) === 'true') root.classList.add('ff-locked');
    else if (settings?.firstRunDone === true && location.pathname === '/') {
      root.classList.add('ff-home');
      for (const href of homeModules) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.append(link);
      }
    } else if (settings?.firstRunDone === true) root.classList.add('ff-shell');
  } catch {
    // No storage: the welcome frame stays, and the app replaces it with whatever is right as soon as it runs.
  }
}

/** The script's text: the function above, called with the app's keys and the build's home modules. */
export function firstFrameScript(keys: FirstFrameKeys, homeModules: HomeModules): string {
  return `(${chooseFirstFrame.toString()})(${JSON.stringify(keys)},${JSON.stringify(homeModules)});\n`;
}
