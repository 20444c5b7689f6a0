import { ComingState } from '../../ui/ComingState';

/** The Coach area (not built yet: says so plainly). */
export function CoachScreen() {
  return (
    <ComingState
      title="Coach"
      plan="Share chosen entries with your coach, sealed so only their app can open them, and read their replies."
    />
  );
}
