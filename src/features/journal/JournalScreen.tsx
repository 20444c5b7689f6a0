import { ComingState } from '../../ui/ComingState';

/** The Journal area (not built yet: says so plainly). */
export function JournalScreen() {
  return (
    <ComingState
      title="Journal"
      plan="A private journal for integration, with prompts, voice notes, mood and search. Everything stays on this device."
    />
  );
}
