// Critical path: main.tsx runs this right after the first render.

/**
 * Removes the prerendered first frame as soon as the live app shows a screen (every screen has a heading), in the
 * same task, before the next paint: the frame and the app's first render of that screen look the same, so nothing
 * moves. Until then the app renders, hidden, behind the frame.
 */
export function retireFirstFrameWhenReady(app: HTMLElement): void {
  const frame = document.getElementById('first-frame');
  if (!frame) return;
  const ready = () => app.querySelector('h1') !== null;
  if (ready()) {
    frame.remove();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    frame.remove();
  });
  observer.observe(app, { childList: true, subtree: true });
}
