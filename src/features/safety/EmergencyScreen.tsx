import { DEFAULT_CRISIS_RESOURCES } from '../../content/crisis-resources';
import { CrisisList } from '../../ui/CrisisList';
import { Screen } from '../../ui/Screen';

/** The emergency card: crisis and emergency numbers, one tap to call or text. Works offline. */
export function EmergencyScreen() {
  return (
    <Screen title="Get help now" intro="If you or the person you are with is in danger, call emergency services.">
      <CrisisList lines={DEFAULT_CRISIS_RESOURCES} />
    </Screen>
  );
}
