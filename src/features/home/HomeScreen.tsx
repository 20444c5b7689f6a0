import { settings } from '../../state/settings';
import { Screen } from '../../ui/Screen';
import { ActiveSessionCard } from './ActiveSessionCard';
import { DraftsCard } from './DraftsCard';
import { NextStepsCard } from './NextStepsCard';

/** Home: where the person is in their programme and what to do next. Each card is its own file. */
export function HomeScreen() {
  const role = settings.value.role;
  return (
    <Screen title={role === 'coach' ? 'Your coaching space' : 'Today'}>
      {role === 'coach' ? null : <ActiveSessionCard />}
      <DraftsCard />
      <NextStepsCard role={role ?? 'patient'} />
    </Screen>
  );
}
