import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { settings } from '../../state/settings';
import { Screen } from '../../ui/Screen';
import { useUsableMark } from '../../ui/use-usable-mark';
import { ActiveSessionCard } from './ActiveSessionCard';
import { BackupReminderCard } from './BackupReminderCard';
import { DraftsCard } from './DraftsCard';
import { DueCard } from './DueCard';
import { takeEarlySummary } from './early-summary';
import { HomeScreenAdviceCard } from './HomeScreenAdviceCard';
import { type HomeSummary, readHomeSummary } from './home-summary';
import { LastEntryCard } from './LastEntryCard';
import { NextSessionCard } from './NextSessionCard';
import { NextStepsCard } from './NextStepsCard';
import { ReadinessCardSlot } from './ReadinessCardSlot';
import { ScalesDueCard } from './ScalesDueCard';

/**
 * Home: where the person is in their programme and what to do next. One summary read fills the cards: the one read
 * at start-up when this is the first screen (early-summary.ts), else its own; until it is in, the screen shows only
 * its title (the frame the build prerenders), so the cards arriving together move nothing.
 */
export function HomeScreen() {
  const role = settings.value.role;
  const patient = role !== 'coach';
  const [summary, setSummary] = useState<HomeSummary | undefined>(takeEarlySummary);
  const needsRead = useRef(summary === undefined).current;
  // A layout effect, so the read starts as soon as the screen is mounted: an effect would wait for the next frame to
  // be painted, and until the summary shows, the screen is not usable.
  useLayoutEffect(() => {
    if (!needsRead) return;
    let gone = false;
    void readHomeSummary().then((read) => {
      if (!gone) setSummary(read.summary);
    });
    return () => {
      gone = true;
    };
  }, [needsRead]);
  useUsableMark('home', summary !== undefined);
  return (
    <Screen title={role === 'coach' ? 'Your coaching space' : 'Today'}>
      {summary ? (
        <>
          {patient ? <ActiveSessionCard session={summary.active} /> : null}
          <HomeScreenAdviceCard />
          {patient ? <NextSessionCard session={summary.next} /> : null}
          <DraftsCard drafts={summary.drafts} />
          {patient ? <DueCard due={summary.due} /> : null}
          {patient ? <ScalesDueCard lastCompleted={summary.lastCompleted} /> : null}
          {patient ? <LastEntryCard entry={summary.last} /> : null}
          <NextStepsCard role={role ?? 'patient'} />
          <BackupReminderCard />
          {/* Last: it loads after the screen is usable (it needs the protocol pack), so it must push nothing down. */}
          {patient ? <ReadinessCardSlot /> : null}
        </>
      ) : null}
    </Screen>
  );
}
