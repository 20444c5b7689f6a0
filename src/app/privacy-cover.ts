// When the lock is on, the app covers itself while hidden, so the app switcher's snapshot shows nothing private.
// Critical path: App imports this.
import { lockStatus } from '../state/app-lock';

/** The class on <html> that covers the app (styled in shell.css). */
export const COVER_CLASS = 'privacy-cover';

/** Covers the app whenever the page is hidden (and on pagehide) while the lock is on; uncovers when visible. */
export function watchPrivacyCover(doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const root = doc.documentElement;
  const cover = () => {
    if (lockStatus.peek() !== 'off') root.classList.add(COVER_CLASS);
  };
  const uncover = () => root.classList.remove(COVER_CLASS);
  const onVisibility = () => (doc.visibilityState === 'hidden' ? cover() : uncover());
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', cover);
  win.addEventListener('pageshow', uncover);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', cover);
    win.removeEventListener('pageshow', uncover);
    uncover();
  };
}
