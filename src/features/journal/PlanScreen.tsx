import { useEffect, useState } from 'preact/hooks';
import { FOLLOW_UP_LABELS, makeFollowUps, type PlanFollowUp } from '../../domain/journal-plan';
import type { SessionRecord } from '../../domain/session';
import { listFollowUps, saveFollowUp, saveFollowUps } from '../../storage/plans-store';
import { listSessions } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { newId } from './new-id';
import { sessionEnd, sessionLabel } from './session-time';
import './journal.css';

/** /journal/plan: insights turned into small commitments, with follow-ups at 3 days, a week and a month. */
export function PlanScreen() {
  const [followUps, setFollowUps] = useState<PlanFollowUp[] | null>(null);
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const [text, setText] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const reload = () =>
    listFollowUps()
      .then(setFollowUps)
      .catch(() => setError('Your plan could not be read just now. Try again in a moment.'));
  useEffect(() => {
    void reload();
    listSessions()
      .then((all) => {
        const ended = all.filter((s) => s.status === 'ended');
        setSessions(ended);
        setSessionId(ended[0]?.id ?? '');
      })
      .catch(() => setSessions([]));
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write the commitment first, in a few words.');
      return;
    }
    const session = sessions.find((s) => s.id === sessionId);
    const now = new Date();
    const records = makeFollowUps({
      planId: newId(),
      text: text.trim(),
      from: session ? sessionEnd(session) : now,
      now,
      sessionId: session?.id,
      newId,
    });
    try {
      await saveFollowUps(records);
      setText('');
      setError(null);
      await reload();
    } catch {
      setError('The commitment could not be saved just now. Your words are kept here; try again.');
    }
  }

  const now = Date.now();
  const open = (followUps ?? []).filter((c) => !c.doneAt);
  const due = open.filter((c) => Date.parse(c.dueAt) <= now);
  const later = open.filter((c) => Date.parse(c.dueAt) > now);
  const done = (followUps ?? []).filter((c) => c.doneAt);

  return (
    <Screen
      title="Integration plan"
      intro="Turn an insight into one small commitment. Look back on it after 3 days, a week and a month."
    >
      <form class="card plan-form" onSubmit={(e) => void add(e)}>
        <div class="field">
          <label for="plan-text">A small commitment</label>
          <textarea
            id="plan-text"
            rows={3}
            value={text}
            aria-describedby="plan-text-hint"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <span class="field__hint" id="plan-text-hint">
            For example: a ten-minute walk each morning.
          </span>
        </div>
        {sessions.length > 0 ? (
          <div class="field">
            <label for="plan-session">Counted from</label>
            <select id="plan-session" value={sessionId} onChange={(e) => setSessionId(e.currentTarget.value)}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {sessionLabel(s)}
                </option>
              ))}
              <option value="">Today</option>
            </select>
          </div>
        ) : null}
        {error ? (
          <p class="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="btn">
          Add commitment
        </button>
      </form>
      <FollowUpList title="Due now" items={due} onDone={reload} />
      <FollowUpList title="Coming up" items={later} onDone={reload} />
      <FollowUpList title="Done" items={done} onDone={reload} />
      {followUps && followUps.length === 0 ? <p>No commitments yet.</p> : null}
    </Screen>
  );
}

function FollowUpList({ title, items, onDone }: { title: string; items: PlanFollowUp[]; onDone(): void }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul class="list-plain">
        {items.map((item) => (
          <FollowUpItem key={item.id} item={item} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpItem({ item, onDone }: { item: PlanFollowUp; onDone(): void }) {
  const [note, setNote] = useState(item.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const due = Date.parse(item.dueAt) <= Date.now();
  const noteId = `note-${item.id}`;
  async function markDone() {
    try {
      await saveFollowUp({ ...item, doneAt: new Date().toISOString(), ...(note.trim() ? { note } : {}) });
      onDone();
    } catch {
      setError('This follow-up could not be saved just now. Try again.');
    }
  }
  return (
    <li class="card">
      <p>
        <strong>{item.text}</strong>
      </p>
      <p class="muted">
        {FOLLOW_UP_LABELS[item.kind]} · {new Date(item.dueAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
      </p>
      {item.doneAt ? (
        item.note ? (
          <p class="entry-text">{item.note}</p>
        ) : null
      ) : due ? (
        <>
          <div class="field">
            <label for={noteId}>How is it going? (optional)</label>
            <textarea id={noteId} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {error ? <Notice tone="caution">{error}</Notice> : null}
          <button type="button" class="btn" onClick={() => void markDone()}>
            Mark done: {FOLLOW_UP_LABELS[item.kind].toLocaleLowerCase()}
          </button>
        </>
      ) : null}
    </li>
  );
}
