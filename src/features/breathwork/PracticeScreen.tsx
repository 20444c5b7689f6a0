import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { type BreathPlan, elapsedAt, planPractice } from '../../domain/breath-engine';
import { type CuePreferences, clockOf, isOpen, lengthOf, type PracticeRecord } from '../../domain/breath-practice';
import { messageOf } from '../../lib/error-message';
import { loadPractice, savePractice } from '../../storage/practices-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { PracticePlayer } from './PracticePlayer';
import { formatLength } from './patterns';
import { completed, paused, resumed, stopped } from './practice-actions';
import { epochNow } from './use-breath-loop';

function planOf(record: PracticeRecord): BreathPlan | undefined {
  try {
    return planPractice({ name: record.patternName, phases: record.phases }, lengthOf(record));
  } catch {
    return undefined;
  }
}

/** A practice in progress (or just finished), read from its stored record so a reload resumes at the same phase. */
export function PracticeScreen() {
  const { params } = useRoute();
  const id = params.practiceId ?? '';
  const [record, setRecord] = useState<PracticeRecord | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  async function commit(next: PracticeRecord): Promise<void> {
    setRecord(next);
    try {
      await savePractice(next);
      setError(null);
    } catch (caught) {
      setError(messageOf(caught, 'Could not save the practice.'));
    }
  }

  useEffect(() => {
    let live = true;
    loadPractice(id).then(
      (found) => {
        if (!live) return;
        if (found && isOpen(found) && elapsedAt(clockOf(found), epochNow()) >= found.plannedMs) {
          void commit(completed(found));
        } else setRecord(found ?? null);
      },
      (caught: unknown) => {
        if (!live) return;
        setRecord(null);
        setError(messageOf(caught, 'Could not read the practice.'));
      },
    );
    return () => {
      live = false;
    };
  }, [id]);

  const plan = useMemo(() => (record ? planOf(record) : undefined), [record?.id]);
  const clock = useMemo(
    () => (record ? clockOf(record) : undefined),
    [record?.startedAtMs, record?.pausedMs, record?.pausedAtMs],
  );

  if (record === undefined) return <Screen title="Breathe" />;
  if (record === null || !plan || !clock) {
    return (
      <Screen title="Practice not found">
        {error ? <Notice tone="caution">{error}</Notice> : <p>This practice could not be found or read.</p>}
        <LinkButton href="/breathe">Back to Breathe</LinkButton>
      </Screen>
    );
  }

  if (!isOpen(record)) {
    return (
      <Screen title={record.patternName}>
        <Notice>
          Practice logged: {formatLength(record.practisedMs ?? 0)} of {record.patternName},{' '}
          {record.status === 'completed' ? 'completed' : 'stopped early'}.
        </Notice>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <LinkButton href="/breathe">Back to Breathe</LinkButton>
      </Screen>
    );
  }

  return (
    <Screen title={record.patternName}>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <PracticePlayer
        plan={plan}
        clock={clock}
        cues={record.cues}
        onPause={() => void commit(paused(record))}
        onResume={() => void commit(resumed(record))}
        onStop={() => void commit(stopped(record))}
        onDone={() => void commit(completed(record))}
        onCues={(cues: CuePreferences) => void commit({ ...record, cues })}
      />
    </Screen>
  );
}
