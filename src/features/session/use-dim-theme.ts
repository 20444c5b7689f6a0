import { useDimWhileOpen } from '../../state/theme-override';

/**
 * Shows the dim theme while a session screen is open and puts the person's own theme back on leaving. The saved
 * setting never changes: the shell shows the override while this screen is mounted.
 */
export function useDimTheme(): void {
  useDimWhileOpen();
}
