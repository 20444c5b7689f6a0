import { ComingState } from '../../ui/ComingState';

/** The session-day readiness check (not built yet: says so plainly). */
export function CheckInScreen() {
  return (
    <ComingState
      title="Session-day check-in"
      plan="A short check before each session: food and drink times, blood pressure and heart rate, your sitter and your space. It will tell you plainly if the session should wait."
    />
  );
}
