import { ComingState } from '../../ui/ComingState';

/** The Session area (not built yet: says so plainly). */
export function SessionScreen() {
  return (
    <ComingState
      title="Session"
      plan="Session mode: your dosing steps as prescribed, a session clock, check-ins for your sitter and quick notes."
    />
  );
}
