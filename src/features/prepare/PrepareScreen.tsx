import { useEffect, useState } from 'preact/hooks';
import { dueChecklistPhase, toggleTick } from '../../domain/checklist-progress';
import type { SessionRecord } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { loadChecklistProgress, saveChecklistProgress } from '../../storage/checklists-store';
import { nextPlannedSession, saveSession } from '../../storage/sessions-store';
import { Screen } from '../../ui/Screen';
import { ChecklistsCard } from './ChecklistsCard';
import { IntentionCard } from './IntentionCard';
import { PlanSessionCard } from './PlanSessionCard';
import './prepare.css';
import { messageOf } from '../../lib/error-message';
import { checklistsInForce } from '../../state/pack-content';
import { FormError } from '../../ui/FormError';

function newSessionId(): string {
  return `session-${crypto.randomUUID()}`;
}

/** Prepare: plan the next session, work through its checklists, and set an intention kept with it. */
export function PrepareScreen() {
  // null once read when no session is planned; undefined while reading (or when it could not be read).
  const planned = useLoad(async () => (await nextPlannedSession()) ?? null, [], 'Could not read.');
  const [ticked, setTicked] = useState<string[]>([]);
  const [tickError, setTickError] = useState<string | null>(null);
  const ready = planned.value !== undefined;
  const session = planned.value ?? undefined;

  useEffect(() => {
    if (!session) return setTicked([]);
    loadChecklistProgress(session.id)
      .then((progress) => setTicked(progress.ticked))
      .catch((caught: unknown) => setTickError(messageOf(caught, 'Could not read.')));
  }, [session?.id]);

  async function store(next: SessionRecord | undefined, record: SessionRecord) {
    await saveSession(record);
    planned.set(next ?? null);
  }

  async function plan(iso: string) {
    const record: SessionRecord = session
      ? { ...session, scheduledFor: iso }
      : { id: newSessionId(), createdAt: new Date().toISOString(), status: 'planned', scheduledFor: iso };
    await store(record, record);
  }

  async function cancel() {
    if (session) await store(undefined, { ...session, status: 'cancelled' });
  }

  async function saveIntention(text: string) {
    if (!session) return;
    const record: SessionRecord = { ...session };
    if (text) record.intention = text;
    else delete record.intention;
    await store(record, record);
  }

  function toggle(itemId: string, on: boolean) {
    if (!session) return;
    const before = ticked;
    const next = toggleTick(ticked, itemId, on);
    setTicked(next);
    saveChecklistProgress(session.id, next)
      .then(() => setTickError(null))
      .catch((caught: unknown) => {
        setTicked(before);
        setTickError(messageOf(caught, 'That tick was not saved. Please try again.'));
      });
  }

  return (
    <Screen title="Prepare" intro="Plan your session, work through the checklists, and set an intention.">
      {!ready && !planned.error ? <p class="muted">Loading…</p> : null}
      <FormError message={!ready && planned.error ? planned.error : null} />
      {ready ? (
        <>
          <PlanSessionCard key={session?.id ?? 'new'} session={session} onPlan={plan} onCancel={cancel} />
          {session?.scheduledFor ? (
            <>
              <ChecklistsCard
                lists={checklistsInForce()}
                ticked={ticked}
                due={dueChecklistPhase(new Date(session.scheduledFor), new Date())}
                onToggle={toggle}
                error={tickError}
              />
              <IntentionCard key={session.id} intention={session.intention ?? ''} onSave={saveIntention} />
            </>
          ) : (
            <p>Once a session is planned, its checklists and your intention appear here.</p>
          )}
          <div class="btn-row">
            <a class="btn btn--secondary" href="/learn">
              What to expect: short readings
            </a>
            <a class="btn btn--secondary" href="/sitter">
              The sitter guide, to share
            </a>
          </div>
        </>
      ) : null}
    </Screen>
  );
}
