// Turning the date and time fields into a stored time and back, in the device's own time zone.

/** The date (YYYY-MM-DD) and time (HH:MM) fields of the plan form. */
export interface DateTimeFields {
  date: string;
  time: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local date and time fields for a stored ISO time. */
export function toDateTimeFields(iso: string): DateTimeFields {
  const d = new Date(iso);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** The outcome of reading the plan form: a time to store, or a plain message to show. */
export type ParsedSessionTime = { ok: true; iso: string } | { ok: false; message: string };

/** Reads the form's fields as a local time; a day before today is refused with a plain message. */
export function parseSessionTime(fields: DateTimeFields, now: Date): ParsedSessionTime {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fields.date);
  if (!dateMatch) return { ok: false, message: 'Choose the day of your session.' };
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(fields.time);
  if (!timeMatch) return { ok: false, message: 'Choose the time your session starts.' };
  const [, y, mo, d] = dateMatch.map(Number);
  const [, h, mi] = timeMatch.map(Number);
  const when = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  if (Number.isNaN(when.getTime())) return { ok: false, message: 'That date could not be read. Try again.' };
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (when < today) return { ok: false, message: 'That day has passed. Choose today or a day ahead.' };
  return { ok: true, iso: when.toISOString() };
}

/** A planned time in words, for example "Friday, 27 November 2026 at 10:00". */
export function formatSessionTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}
