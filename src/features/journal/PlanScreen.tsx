import { useState } from 'preact/hooks';
import { followUpReminders } from '../../domain/calendar-reminders';
import { FOLLOW_UP_LABELS, makeFollowUps, type PlanFollowUp } from '../../domain/journal-plan';
import { CALENDAR_FILE_NAME, exportReminders } from '../../state/calendar-export';
import { useLoad } from '../../state/use-load';
import { listFollowUps, saveFollowUp, saveFollowUps } from '../../storage/plans-store';
import { listSessions } from '../../storage/sessions-store';
import { CalendarReminders } from '../../ui/CalendarReminders';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { newId } from './new-id';
import { sessionEnd, sessionLabel } from './session-time';
import './journal.css';
import { FormError } from '../../ui/FormError';

/** /journal/plan: insights turned into small commitments, with follow-ups at 3 days, a week and a month. */
export function PlanScreen() {
  const plan = useLoad(listFollowUps);
  // Without sessions a commitment is counted from today, so an unreadable list only hides the choice.
  const ended = useLoad(async () => (await listSessions()).filter((s) => s.status === 'ended'));
  const sessions = ended.value ?? [];
  const [text, setText] = useState('');
  const [chosenSession, setChosenSession] = useState<string | null>(null);
  const sessionId = chosenSession ?? sessions[0]?.id ?? '';
  const [formError, setError] = useState<string | null>(null);
  const error = formError ?? (plan.error ? 'Your plan could not be read just now. Try again in a moment.' : null);
  const followUps = plan.value;
  const reload = plan.reload;

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
      reload();
    } catch {
      setError('The commitment could not be saved just now. Your words are kept here; try again.');
    }
  }

  const now = Date.now();
  const open = (followUps ?? []).filter((c) => !c.doneAt);
  const due = open.filter((c) => Date.parse(c.dueAt) <= now);
  const later = open.filter((c) => Date.parse(c.dueAt) > now);
  const done = (followUps ?? []).filter((c) => c.doneAt);
  const reminders = followUpReminders(later, new Date(now));

  return (
    <Screen
      title="Integration plan"
      intro="Turn an insight into one small commitment. Look back on it after 3 days, a week and a month."
    >
      <form class="card plan-form" onSubmit={(e) => void add(e)}>
        <Field id="plan-text" label="A small commitment" hint="For example: a ten-minute walk each morning.">
          {(wiring) => <textarea {...wiring} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
        {sessions.length > 0 ? (
          <Field id="plan-session" label="Counted from">
            {(wiring) => (
              <select {...wiring} value={sessionId} onChange={(e) => setChosenSession(e.currentTarget.value)}>
                {sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {sessionLabel(s)}
                  </option>
                ))}
                <option value="">Today</option>
              </select>
            )}
          </Field>
        ) : null}
        <FormError message={error} />
        <button type="submit" class="btn">
          Add commitment
        </button>
      </form>
      <FollowUpList title="Due now" items={due} onDone={reload} />
      <FollowUpList title="Coming up" items={later} onDone={reload} />
      <CalendarReminders
        reminders={reminders}
        fileName={CALENDAR_FILE_NAME}
        onExport={(titles) => exportReminders(reminders, titles)}
      />
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
          <Field id={noteId} label="How is it going? (optional)">
            {(wiring) => <textarea {...wiring} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
          </Field>
          {error ? <Notice tone="caution">{error}</Notice> : null}
          <button type="button" class="btn" onClick={() => void markDone()}>
            Mark done: {FOLLOW_UP_LABELS[item.kind].toLocaleLowerCase()}
          </button>
        </>
      ) : null}
    </li>
  );
}
