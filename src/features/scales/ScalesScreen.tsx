import { ComingState } from '../../ui/ComingState';

/** The Check-in scales area (not built yet: says so plainly). */
export function ScalesScreen() {
  return (
    <ComingState title="Check-in scales" plan="PHQ-9, GAD-7 and PCL-5 questionnaires, with your scores over time." />
  );
}
