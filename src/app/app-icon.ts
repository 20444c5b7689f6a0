// Critical path: App imports this. The page's icon is set only once the first screen is usable. Chromium draws an SVG
// icon as an SVG document of its own on the page's main thread (about 3 ms on this project's test machines), and
// fetches it through the service worker, both in the middle of the first screen's start. index.html names an empty
// icon (`data:,`) until then, so no browser asks the server for /favicon.ico instead.

/** Points the page's icon link at the app's own icon (the SVG in public/icons). */
export function showAppIcon(): void {
  document.querySelector('link[rel="icon"]')?.setAttribute('href', '/icons/icon.svg');
}
