import { useEffect, useState } from 'preact/hooks';
import type { ScaleResult } from '../../domain/scale-result';
import { listScaleResults } from '../../storage/scale-results-store';

/** What a screen knows about the stored results: still loading, the results (oldest first), or a plain error. */
export interface ScaleResultsState {
  loading: boolean;
  results: ScaleResult[];
  error: string | null;
}

/** Loads every stored scale result once; a storage failure becomes a message, never a crash. */
export function useScaleResults(): ScaleResultsState {
  const [state, setState] = useState<ScaleResultsState>({ loading: true, results: [], error: null });
  useEffect(() => {
    let live = true;
    listScaleResults()
      .then((results) => live && setState({ loading: false, results, error: null }))
      .catch(
        (caught: unknown) =>
          live &&
          setState({
            loading: false,
            results: [],
            error: caught instanceof Error ? caught.message : 'Your past scores could not be read.',
          }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** A date as people read it, e.g. "12 November 2026". */
export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
