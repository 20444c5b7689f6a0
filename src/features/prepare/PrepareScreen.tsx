import { ComingState } from '../../ui/ComingState';

/** The Prepare area (not built yet: says so plainly). */
export function PrepareScreen() {
  return (
    <ComingState
      title="Prepare"
      plan="Checklists for the week before, the day before and the day of your session, and a place to set your intention."
    />
  );
}
