import { useEffect } from 'preact/hooks';
import { settings } from '../../state/settings';

/**
 * Shows the dim theme while a session screen is open and puts the person's own theme back on leaving. The saved
 * setting never changes: this only overrides the page while the screen is mounted.
 */
export function useDimTheme(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = 'dim';
    return () => {
      root.dataset.theme = settings.value.theme;
    };
  }, []);
}
