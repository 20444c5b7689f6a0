// The home screen's summary, read while the app starts: on the home frame, main.tsx asks for it with the home
// screen's code and renders once both are in, so the screen's first render already has its cards. (Read when the
// screen mounted, the summary came after the app's first render, and the cards a frame later.)
import { type HomeSummary, readHomeSummary } from './home-summary';

let early: HomeSummary | undefined;
let taken = false;

/** Reads the summary for the home screen's first render; resolves once it is in (or failed: the screen reads then). */
export async function readEarlySummary(): Promise<void> {
  const read = await readHomeSummary();
  if (!taken && read.complete) early = read.summary;
}

/**
 * The summary read at start-up, handed over once: the first home screen takes it, and any later one (or one that
 * mounted before the read was in) reads its own, so a summary is never shown twice or late.
 */
export function takeEarlySummary(): HomeSummary | undefined {
  const summary = early;
  taken = true;
  early = undefined;
  return summary;
}
