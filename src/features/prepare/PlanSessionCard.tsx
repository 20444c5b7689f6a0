import { useEffect, useState } from 'preact/hooks';
import { sessionReminders } from '../../domain/calendar-reminders';
import type { SessionRecord } from '../../domain/session';
import { CALENDAR_FILE_NAME, exportReminders } from '../../state/calendar-export';
import { activePack, loadActivePack } from '../../state/protocol-pack';
import { Button } from '../../ui/Button';
import { CalendarReminders } from '../../ui/CalendarReminders';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { useSubmit } from '../../ui/use-submit';
import { formatSessionTime, parseSessionTime, toDateTimeFields } from './session-date';

/** Props of the plan card. */
export interface PlanSessionCardProps {
  session: SessionRecord | undefined;
  /** Saves the new time (a new session, or a changed date); rejects with a plain message. */
  onPlan(iso: string): Promise<void>;
  /** Cancels the planned session. */
  onCancel(): Promise<void>;
}

/** Plan the next session, or show it with ways to change the date or cancel. */
export function PlanSessionCard({ session, onPlan, onCancel }: PlanSessionCardProps) {
  const initial = session?.scheduledFor ? toDateTimeFields(session.scheduledFor) : { date: '', time: '10:00' };
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const { busy, error, setError, run: save } = useSubmit('That did not save. Please try again.');
  // The fasting reminders follow the pack in force.
  useEffect(() => void loadActivePack(), []);

  async function run(action: () => Promise<void>) {
    if (!(await save(action))) return;
    setEditing(false);
    setConfirmCancel(false);
  }

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseSessionTime({ date, time }, new Date());
    if (!parsed.ok) return setError(parsed.message);
    void run(() => onPlan(parsed.iso));
  }

  if (session?.scheduledFor && !editing) {
    const { readiness } = activePack.value.pack;
    const reminders = sessionReminders(
      { id: session.id, scheduledFor: session.scheduledFor },
      { food: readiness.food.hours, clearLiquids: readiness.clearLiquids.hours },
      new Date(),
    );
    return (
      <section class="card" aria-labelledby="next-session-title">
        <h2 id="next-session-title">Your next session</h2>
        <p>
          <strong>{formatSessionTime(session.scheduledFor)}</strong>
        </p>
        {error ? <p class="field__error">{error}</p> : null}
        {confirmCancel ? (
          <div>
            <p id="cancel-question">Cancel this session? Your ticked items and intention stay with it.</p>
            <div class="btn-row">
              <Button variant="danger" disabled={busy} onClick={() => void run(onCancel)}>
                Yes, cancel the session
              </Button>
              <Button variant="secondary" onClick={() => setConfirmCancel(false)}>
                Keep it
              </Button>
            </div>
          </div>
        ) : (
          <div class="btn-row">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Change the date
            </Button>
            <Button variant="secondary" onClick={() => setConfirmCancel(true)}>
              Cancel this session
            </Button>
          </div>
        )}
        <CalendarReminders
          reminders={reminders}
          fileName={CALENDAR_FILE_NAME}
          onExport={(titles) => exportReminders(reminders, titles)}
        />
      </section>
    );
  }

  return (
    <form class="card" aria-labelledby="plan-title" onSubmit={submit} noValidate>
      <h2 id="plan-title">{session ? 'Change the date' : 'Plan your next session'}</h2>
      <p class="muted">Choose the day and time your prescriber agreed with you. The checklists follow this date.</p>
      <Field id="plan-date" label="Day">
        {(wiring) => <input {...wiring} type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />}
      </Field>
      <Field id="plan-time" label="Start time">
        {(wiring) => <input {...wiring} type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />}
      </Field>
      <FormError message={error} />
      <div class="btn-row">
        <Button type="submit" disabled={busy}>
          {session ? 'Save the new date' : 'Plan this session'}
        </Button>
        {session ? (
          <Button variant="secondary" onClick={() => setEditing(false)}>
            Keep the old date
          </Button>
        ) : null}
      </div>
    </form>
  );
}
