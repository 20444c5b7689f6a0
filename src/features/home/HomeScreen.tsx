import { settings } from '../../state/settings';
import { Screen } from '../../ui/Screen';
import { ActiveSessionCard } from './ActiveSessionCard';
import { BackupReminderCard } from './BackupReminderCard';
import { DraftsCard } from './DraftsCard';
import { DueCard } from './DueCard';
import { LastEntryCard } from './LastEntryCard';
import { NextSessionCard } from './NextSessionCard';
import { NextStepsCard } from './NextStepsCard';
import { ReadinessCardSlot } from './ReadinessCardSlot';
import { ScalesDueCard } from './ScalesDueCard';

/** Home: where the person is in their programme and what to do next. Each card is its own file. */
export function HomeScreen() {
  const role = settings.value.role;
  const patient = role !== 'coach';
  return (
    <Screen title={role === 'coach' ? 'Your coaching space' : 'Today'}>
      {patient ? <ActiveSessionCard /> : null}
      {patient ? <NextSessionCard /> : null}
      <DraftsCard />
      {patient ? <DueCard /> : null}
      {patient ? <ReadinessCardSlot /> : null}
      {patient ? <ScalesDueCard /> : null}
      {patient ? <LastEntryCard /> : null}
      <NextStepsCard role={role ?? 'patient'} />
      <BackupReminderCard />
    </Screen>
  );
}
