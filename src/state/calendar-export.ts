// Turns reminders into a calendar file and hands it over (share sheet or download).
import { type CalendarReminder, reminderEvents } from '../domain/calendar-reminders';
import { FILE_STEMS } from '../lib/file-names';
import { buildIcs } from '../lib/ics';
import { type ShareOutcome, shareOrDownload } from '../platform/share-file';

/** The file's name: neutral, like its titles (it is saved again whenever plans change, so it carries no day). */
export const CALENDAR_FILE_NAME = `${FILE_STEMS.calendar}.ics`;

/** Builds the .ics for the reminders with the chosen titles and shares or saves it. */
export function exportReminders(
  reminders: readonly CalendarReminder[],
  titles: Readonly<Record<string, string>>,
  now = new Date(),
): Promise<ShareOutcome> {
  const text = buildIcs(reminderEvents(reminders, titles), now);
  const file = new File([text], CALENDAR_FILE_NAME, { type: 'text/calendar' });
  return shareOrDownload(file, 'Reminders');
}
