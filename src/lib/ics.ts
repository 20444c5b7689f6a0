// A small iCalendar (RFC 5545) writer: events with one display alarm each, times in UTC, CRLF line endings, TEXT
// escaped and long lines folded at 75 octets. Pure: the caller passes every time, including the stamp.

/** One event to write. */
export interface IcsEvent {
  /** Stable across exports, so a calendar that is given the file again updates the event rather than doubling it. */
  uid: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  /** Minutes before the start that the calendar shows its reminder (0: at the start). */
  alarmMinutesBefore: number;
  /** Repeats every so many days, without end, when set. */
  repeatEveryDays?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A time as an RFC 5545 UTC date-time: 20261201T093000Z. */
export function icsUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Escapes TEXT (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash; a line break becomes \n. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line so no physical line is longer than 75 octets (RFC 5545 3.1): the rest continues on the
 * next line after a single space. Breaks fall between characters, never inside one's UTF-8 bytes.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function trigger(minutesBefore: number): string {
  const minutes = Math.max(0, Math.round(minutesBefore));
  return minutes === 0 ? 'PT0S' : `-PT${minutes}M`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    ...(event.repeatEveryDays ? [`RRULE:FREQ=DAILY;INTERVAL=${Math.max(1, Math.round(event.repeatEveryDays))}`] : []),
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.title)}`,
    `TRIGGER:${trigger(event.alarmMinutesBefore)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** A whole calendar file holding the events, stamped with `now`. */
export function buildIcs(events: readonly IcsEvent[], now: Date): string {
  const stamp = icsUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stillpoint//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
