import { settings } from '../../state/settings';
import { Screen } from '../../ui/Screen';
import { DraftsCard } from './DraftsCard';
import { NextStepsCard } from './NextStepsCard';
import { ScalesDueCard } from './ScalesDueCard';

/** Home: where the person is in their programme and what to do next. Each card is its own file. */
export function HomeScreen() {
  const role = settings.value.role;
  return (
    <Screen title={role === 'coach' ? 'Your coaching space' : 'Today'}>
      <DraftsCard />
      {role === 'coach' ? null : <ScalesDueCard />}
      <NextStepsCard role={role ?? 'patient'} />
    </Screen>
  );
}
