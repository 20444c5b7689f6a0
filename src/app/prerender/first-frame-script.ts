// The one script that runs before the first paint: a classic script inline in index.html's head (allowed by its CSP
// hash, so the paint waits for no request), that picks which prerendered frame the page shows, from the same
// localStorage hints the app starts from.

/** The localStorage keys the script reads; the app's own modules own them (see state/settings, state/app-lock). */
export interface FirstFrameKeys {
  settings: string;
  lock: string;
}

/**
 * Sets a class on <html>: none (the welcome frame, also what shows without JavaScript), `ff-home` (a returning
 * person on /), `ff-shell` (a returning person elsewhere: header and navigation only) or `ff-locked` (header only,
 * the lock screen follows). Also applies the chosen theme before anything paints. Must stay self-contained: it is
 * written into index.html as source text.
 */
export function chooseFirstFrame(keys: FirstFrameKeys): void {
  const root = document.documentElement;
  try {
    const settings = JSON.parse(localStorage.getItem(keys.settings) ?? 'null') as {
      firstRunDone?: unknown;
      theme?: unknown;
    } | null;
    if (settings && (settings.theme === 'light' || settings.theme === 'dark' || settings.theme === 'dim'))
      root.dataset.theme = settings.theme;
    if (localStorage.getItem(keys.lock) === 'true') root.classList.add('ff-locked');
    else if (settings?.firstRunDone === true) root.classList.add(location.pathname === '/' ? 'ff-home' : 'ff-shell');
  } catch {
    // No storage: the welcome frame stays, and the app replaces it with whatever is right as soon as it runs.
  }
}

/** The script's text: the function above, called with the app's keys. */
export function firstFrameScript(keys: FirstFrameKeys): string {
  return `(${chooseFirstFrame.toString()})(${JSON.stringify(keys)});\n`;
}
