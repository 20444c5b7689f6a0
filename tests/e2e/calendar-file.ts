import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import ICAL from 'ical.js';

// Saving a screen's reminders as a calendar file and reading that file back the way a strict calendar would:
// byte by byte for RFC 5545's line rules, then through ical.js for what the events say.

/** Words that would tell anyone glancing at a calendar (or the service syncing it) what the reminders are about. */
export const HEALTH_WORDS =
  /ketamine|esketamine|spravato|dose|dosing|fasting|\bmg\b|therap|psychedel|medic|drug|treatment|clinic|health|mental|depress|anxi|trauma|ptsd|suicid|mood|\bphq|\bgad|\bpcl/i;

/** One VEVENT: its title as a calendar reads it, its start, rule and alarm trigger exactly as written. */
export interface WrittenEvent {
  summary: string;
  /** DTSTART exactly as written, e.g. 20270317T163000Z. */
  dtstart: string;
  rrule: string | null;
  alarm: { action: string; trigger: string } | null;
}

/** The saved file: its name, its text, and its events. */
export interface SavedCalendar {
  fileName: string;
  text: string;
  events: WrittenEvent[];
}

/**
 * Opens the screen's "Add reminders to my calendar", optionally changes a title, presses "Save to my calendar" and
 * returns the downloaded file, after checking the file's name and that the screen says where it went. Fails when
 * either button is missing or no download comes.
 */
export async function saveReminders(page: Page, titles: Record<string, string> = {}): Promise<SavedCalendar> {
  const disclosure = page.getByRole('button', { name: 'Add reminders to my calendar' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  for (const [label, title] of Object.entries(titles)) await page.getByLabel(new RegExp(`^${label}`)).fill(title);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to my calendar' }).click();
  const file = await download;
  const fileName = file.suggestedFilename();
  expect(fileName).toBe('reminders.ics');
  expect(fileName).not.toMatch(HEALTH_WORDS);
  await expect(page.getByRole('status').filter({ hasText: `Saved as ${fileName}` })).toBeVisible();

  const text = await readFile(await file.path(), 'utf8');
  expectRfc5545Lines(text);
  return { fileName, text, events: readEvents(text) };
}

/** CRLF after every line, no bare CR or LF, and no physical line longer than 75 octets (RFC 5545 3.1). */
export function expectRfc5545Lines(text: string): void {
  expect(text.endsWith('\r\n'), 'the file ends with CRLF').toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line, 'no bare CR or LF inside a line').not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), `at most 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
}

/** The events, read by ical.js (which unfolds and unescapes), with DTSTART as the file writes it. */
function readEvents(text: string): WrittenEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents.length, 'at least one VEVENT').toBeGreaterThan(0);
  // The same events in the file's own order, unfolded by hand, for their values exactly as written.
  const written = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\nBEGIN:VEVENT\r\n')
    .slice(1);
  expect(written).toHaveLength(vevents.length);
  return vevents.map((vevent, index) => {
    const alarm = vevent.getFirstSubcomponent('valarm');
    const raw = (name: string) => new RegExp(`(?:^|\r\n)${name}:([^\r\n]*)`).exec(written[index] ?? '')?.[1] ?? null;
    return {
      summary: String(vevent.getFirstPropertyValue('summary')),
      dtstart: raw('DTSTART') ?? '',
      rrule: raw('RRULE'),
      alarm: alarm ? { action: String(alarm.getFirstPropertyValue('action')), trigger: raw('TRIGGER') ?? '' } : null,
    };
  });
}

/** Every event has a display alarm, a neutral title and a start time written in UTC. */
export function expectNeutralEventsWithAlarms(events: readonly WrittenEvent[], allowedTitles: readonly string[]): void {
  for (const event of events) {
    expect(event.alarm, `${event.summary}: a VALARM`).not.toBeNull();
    expect(event.alarm?.action).toBe('DISPLAY');
    expect(event.alarm?.trigger).toMatch(/^(-PT\d+M|PT0S)$/);
    expect(event.dtstart).toMatch(/^\d{8}T\d{6}Z$/);
    expect(allowedTitles).toContain(event.summary);
  }
}
