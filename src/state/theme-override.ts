import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Theme } from '../domain/settings';

/** A theme a screen asks for while it is open (session mode, quick capture), over the person's saved choice. */
export const themeOverride = signal<Theme | null>(null);

/** Shows the dim theme while the calling screen is mounted (when `on`), without changing the saved setting. */
export function useDimWhileOpen(on = true): void {
  useEffect(() => {
    if (!on) return undefined;
    themeOverride.value = 'dim';
    return () => {
      themeOverride.value = null;
    };
  }, [on]);
}
