/**
 * Seam for keeping the screen on while a session is active, so the sitter can see the clock and prompts.
 * The wake-lock adapter (src/platform/wake-lock.ts) belongs to another branch; once it lands, this hook requests
 * the lock when `active` is true and releases it on leave. Until then it deliberately does nothing.
 */
export function useKeepAwake(_active: boolean): void {}
