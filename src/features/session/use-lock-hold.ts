import { useEffect } from 'preact/hooks';
import { sessionUnderWay } from '../../state/session-under-way';

/**
 * Keeps the app lock from locking by itself while the session is active. It stays held when the sitter steps to the
 * emergency card or the sitter guide and back, and lets go when the session ends (or the page is reloaded).
 */
export function useLockHold(active: boolean): void {
  useEffect(() => {
    sessionUnderWay.value = active;
  }, [active]);
}
