import { useEffect } from 'preact/hooks';
import { keepAwake } from '../../platform/wake-lock';

/**
 * Keeps the screen on while a session is active, so the sitter can see the clock and the check-in prompts. The
 * adapter re-acquires the lock when the page becomes visible again and releases it when the session screen closes.
 */
export function useKeepAwake(active: boolean): void {
  useEffect(() => (active ? keepAwake() : undefined), [active]);
}
