import { signal } from '@preact/signals';
import type { RemovedEntry } from '../../storage/entries-store';

/** The entry deleted last, held in memory until the undo toast is dismissed or times out. */
export const lastDeleted = signal<RemovedEntry | null>(null);
