import { ComingState } from '../../ui/ComingState';

/** The What to expect area (not built yet: says so plainly). */
export function LearnScreen() {
  return (
    <ComingState
      title="What to expect"
      plan="Short readings on what a session can feel like, why each safety rule exists, and how to look after yourself afterwards."
    />
  );
}
