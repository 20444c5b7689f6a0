import { useId, useState } from 'preact/hooks';
import { Button } from './Button';

/** One reminder on offer: what it is, when, and its neutral title. */
export interface ReminderChoice {
  key: string;
  about: string;
  defaultTitle: string;
  start: Date;
}

/** How the file left (the same words as the share adapter's). */
export type ReminderExportOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Props of CalendarReminders. */
export interface CalendarRemindersProps {
  reminders: readonly ReminderChoice[];
  /** Makes and hands over the file with these titles (key → title). */
  onExport(titles: Record<string, string>): Promise<ReminderExportOutcome>;
  /** The file's name, for the words shown after a download. */
  fileName: string;
}

/** What happened, in plain words (nothing when the person closed the share sheet). */
function outcomeText(outcome: ReminderExportOutcome, fileName: string): string | null {
  if (outcome === 'shared') return 'Handed to the share sheet. Choose your calendar there to add the reminders.';
  if (outcome === 'downloaded') return `Saved as ${fileName}. Open the file to add the reminders to your calendar.`;
  return null;
}

/**
 * "Add reminders to my calendar": a disclosure with each reminder's title (neutral unless the person writes their
 * own) and one button that makes the calendar file.
 */
export function CalendarReminders({ reminders, onExport, fileName }: CalendarRemindersProps) {
  const [open, setOpen] = useState(false);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (reminders.length === 0) return null;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      setStatus(outcomeText(await onExport(titles), fileName));
    } catch {
      setStatus('The calendar file could not be made. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="calendar-reminders">
      <Button variant="secondary" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        Add reminders to my calendar
      </Button>
      <form id={`${id}-form`} hidden={!open} onSubmit={(event) => void submit(event)}>
        <p class="muted">
          Stillpoint cannot send reminders by itself. Your calendar can: add these and it will remind you. The titles
          say nothing about your health; change them if you like.
        </p>
        {reminders.map((reminder) => (
          <div class="field" key={reminder.key}>
            <label for={`${id}-${reminder.key}`}>
              {reminder.about}, {reminder.start.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
            </label>
            <input
              id={`${id}-${reminder.key}`}
              type="text"
              value={titles[reminder.key] ?? reminder.defaultTitle}
              onInput={(event) => setTitles({ ...titles, [reminder.key]: event.currentTarget.value })}
            />
          </div>
        ))}
        <Button type="submit" disabled={busy}>
          Save to my calendar
        </Button>
      </form>
      <p class="status-line" role="status">
        {status}
      </p>
    </div>
  );
}
