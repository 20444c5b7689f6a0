import type { ScaleResult } from '../../domain/scale-result';
import { useLoad } from '../../state/use-load';
import { listScaleResults } from '../../storage/scale-results-store';

/** What a screen knows about the stored results: still loading, the results (oldest first), or a plain error. */
export interface ScaleResultsState {
  loading: boolean;
  results: ScaleResult[];
  error: string | null;
}

/** One empty list while nothing is read, so screens that depend on the results do not work them out again. */
const NO_RESULTS: ScaleResult[] = [];

/** Loads every stored scale result once; a storage failure becomes a message, never a crash. */
export function useScaleResults(): ScaleResultsState {
  const { value, error } = useLoad(listScaleResults, [], 'Your past scores could not be read.');
  return { loading: value === undefined && !error, results: value ?? NO_RESULTS, error };
}

/** A date as people read it, e.g. "12 November 2026". */
export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
