import { useEffect, useState } from 'preact/hooks';
import { dueChecklistPhase, toggleTick } from '../../domain/checklist-progress';
import type { SessionRecord } from '../../domain/session';
import { loadChecklistProgress, saveChecklistProgress } from '../../storage/checklists-store';
import { nextPlannedSession, saveSession } from '../../storage/sessions-store';
import { Screen } from '../../ui/Screen';
import { ChecklistsCard } from './ChecklistsCard';
import { IntentionCard } from './IntentionCard';
import { PlanSessionCard } from './PlanSessionCard';
import './prepare.css';
import { checklistsInForce } from '../../state/pack-content';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; session?: SessionRecord };

function newSessionId(): string {
  return `session-${crypto.randomUUID()}`;
}

/** Prepare: plan the next session, work through its checklists, and set an intention kept with it. */
export function PrepareScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [ticked, setTicked] = useState<string[]>([]);
  const [tickError, setTickError] = useState<string | null>(null);
  const session = loaded.state === 'ready' ? loaded.session : undefined;

  useEffect(() => {
    nextPlannedSession()
      .then((next) => setLoaded({ state: 'ready', ...(next ? { session: next } : {}) }))
      .catch((caught: unknown) =>
        setLoaded({ state: 'failed', message: caught instanceof Error ? caught.message : 'Could not read.' }),
      );
  }, []);

  useEffect(() => {
    if (!session) return setTicked([]);
    loadChecklistProgress(session.id)
      .then((progress) => setTicked(progress.ticked))
      .catch((caught: unknown) => setTickError(caught instanceof Error ? caught.message : 'Could not read.'));
  }, [session?.id]);

  async function store(next: SessionRecord | undefined, record: SessionRecord) {
    await saveSession(record);
    setLoaded({ state: 'ready', ...(next ? { session: next } : {}) });
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
        setTickError(caught instanceof Error ? caught.message : 'That tick was not saved. Please try again.');
      });
  }

  return (
    <Screen title="Prepare" intro="Plan your session, work through the checklists, and set an intention.">
      {loaded.state === 'loading' ? <p class="muted">Loading…</p> : null}
      {loaded.state === 'failed' ? (
        <p class="field__error" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {loaded.state === 'ready' ? (
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
