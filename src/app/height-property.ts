// Fixed and sticky bars (header, navigation, toasts) cover the page. So that the page can make room for them, their
// height is kept in a custom property on <html>, which the stylesheets read (padding, scroll padding).

/** Keeps the custom property `name` on <html> equal to the element's height in px; returns a stop function. */
export function keepHeightAsProperty(element: HTMLElement, name: string): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const root = document.documentElement;
  let frame = 0;
  let written = '';
  // The height is read inside the observer's callback, where layout has just been done, so the read costs nothing;
  // read in the next frame it forced a layout of the whole page in the task after the first render (measured: the
  // largest piece of the first screen's blocking time). It is written in the next frame, not inside the callback:
  // the new room can change the element's own size (a scrollbar appears, its text wraps), and a change within the
  // same frame is reported as a ResizeObserver loop (WebKit does, as an uncaught error). The next frame's notice
  // then settles it.
  const observer = new ResizeObserver(() => {
    // An element that is not rendered (the live app waits under display: none behind the prerendered first frame)
    // has no height to give: writing 0 would take the room away from the frame's own bar, which is on screen.
    if (element.getClientRects().length === 0) return;
    const height = `${element.offsetHeight}px`;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (height === written) return;
      written = height;
      root.style.setProperty(name, height);
    });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    root.style.removeProperty(name);
  };
}
