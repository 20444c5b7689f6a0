import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from '../../../src/lib/ics';

const NOW = new Date('2026-12-01T21:00:00.000Z');

function makeEvent(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 's1-session@stillpoint',
    title: 'Stillpoint: session',
    description: 'Open Stillpoint to see what is planned.',
    start: new Date('2026-12-05T09:30:00.000Z'),
    end: new Date('2026-12-05T11:30:00.000Z'),
    alarmMinutesBefore: 60,
    ...overrides,
  };
}

/** Parses the file with ical.js, an independent implementation of RFC 5545. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the calendar file', () => {
  it('is a VCALENDAR 2.0 with a PRODID, read back by ical.js with every event, time and alarm as written', () => {
    const events = [
      makeEvent(),
      makeEvent({
        uid: 's1-prepare@stillpoint',
        title: 'Stillpoint: prepare',
        start: new Date('2026-12-04T17:00:00.000Z'),
        end: new Date('2026-12-04T17:15:00.000Z'),
        alarmMinutesBefore: 0,
      }),
      makeEvent({ uid: 'questions-1@stillpoint', title: 'Stillpoint: a few questions', repeatEveryDays: 7 }),
    ];
    const calendar = parse(buildIcs(events, NOW));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Stillpoint//Reminders//EN');

    const parsed = calendar.getAllSubcomponents('vevent');
    expect(parsed).toHaveLength(3);
    parsed.forEach((vevent, i) => {
      const written = events[i]!;
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(written.uid);
      expect(event.summary).toBe(written.title);
      expect(event.description).toBe(written.description);
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.endDate.zone?.tzid).toBe('UTC');
      expect(event.startDate.toJSDate().toISOString()).toBe(written.start.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(written.end.toISOString());
      const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toJSDate().toISOString()).toBe(NOW.toISOString());

      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarms[0]!.getFirstPropertyValue('description')).toBe(written.title);
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds() + written.alarmMinutesBefore * 60).toBe(0);
      expect(trigger.isNegative || written.alarmMinutesBefore === 0).toBe(true);
    });
    const repeating = new ICAL.Event(parsed[2]!);
    expect(repeating.isRecurring()).toBe(true);
    const rule = parsed[2]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('DAILY');
    expect(rule.interval).toBe(7);
    const iterator = repeating.iterator();
    iterator.next();
    expect(iterator.next()?.toJSDate().toISOString()).toBe('2026-12-12T09:30:00.000Z');
  });

  it('ends every line with CRLF and keeps every line within 75 octets, multi-byte titles included', () => {
    const title = `Stillpoint: ${'é'.repeat(40)} — ${'日本語'.repeat(10)} and a rather long tail of words`;
    const text = buildIcs([makeEvent({ title })], NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).summary).toBe(title);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text, and ical.js reads them back', () => {
    const title = 'Walk, then rest; back\\slash\nnext line';
    const text = buildIcs([makeEvent({ title })], NOW);
    expect(text).toContain('SUMMARY:Walk\\, then rest\\; back\\\\slash\\nnext line');
    expect(new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).summary).toBe(title);
  });
});

describe('the text helpers', () => {
  it('escapes TEXT the way RFC 5545 asks', () => {
    expect(escapeIcsText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds a long line into pieces that each start with one space after the first', () => {
    const folded = foldIcsLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const piece of folded) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((piece) => piece.startsWith(' ') && !piece.startsWith('  '))).toBe(true);
    expect(folded.map((piece, i) => (i === 0 ? piece : piece.slice(1))).join('')).toBe(`SUMMARY:${'x'.repeat(200)}`);
  });
});
