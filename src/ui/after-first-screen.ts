// Critical path: App imports this; the home screen uses it to keep its second wave off the first screen.

/** How long after load a screen that never marks itself usable waits before the deferred start-up work runs. */
const FALLBACK_AFTER_LOAD_MS = 2000;

/**
 * Runs `work` once the first screen is usable (`<body data-usable>`, set by the welcome and the home screen), so
 * nothing it downloads competes with that screen; on other screens, a little after the page has loaded. Returns a
 * cancel function (which also stops work that is due but has not run yet).
 */
export function afterFirstScreen(work: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    // In a task of its own: the work (imports, storage) must not lengthen the task that made the screen usable.
    timer = setTimeout(work);
  };
  const observer = new MutationObserver(() => {
    if (document.body.dataset.usable) run();
  });
  const onLoad = () => {
    timer = setTimeout(run, FALLBACK_AFTER_LOAD_MS);
  };
  const stop = () => {
    observer.disconnect();
    removeEventListener('load', onLoad);
    clearTimeout(timer);
  };
  if (document.body.dataset.usable) run();
  else {
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-usable'] });
    if (document.readyState === 'complete') onLoad();
    else addEventListener('load', onLoad, { once: true });
  }
  return () => {
    done = true;
    stop();
  };
}
