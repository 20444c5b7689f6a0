import { expect, test } from '@playwright/test';
import { DEFAULT_PACK } from '../../src/content/default-pack';
import { NEUTRAL_TITLES } from '../../src/domain/calendar-reminders';
import { expectNeutralEventsWithAlarms, HEALTH_WORDS, saveReminders } from './calendar-file';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';

// Reminders without a server (issue 15): each screen with "Add reminders to my calendar" saves a calendar file (a
// download here: Chromium on Linux has no share sheet for files). Each test reads the file as a strict calendar
// would: CRLF, lines folded at 75 octets, a VEVENT with its VALARM per reminder, starts in UTC at the planned time,
// and titles that say nothing about health unless the person wrote their own.
//
// The clock starts at noon on 10 March 2027 in Denver: 14 March is the change to summer time there, so a reminder
// a week on is 10:00 at UTC-6 while one three days on is 10:00 at UTC-7. A start written in local time, or one that
// forgot the change, fails.

const NOON_10_MARCH = new Date('2027-03-10T12:00:00-07:00');
const HOUR_MS = 3_600_000;

/** A UTC time as the file writes it. */
function icsUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

test.use({ timezoneId: 'America/Denver' });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOON_10_MARCH });
  await completeFirstRun(page);
});

test('Prepare: a planned session saves its reminders, in UTC at the planned time, each with an alarm', async ({
  page,
}) => {
  await page.goto('/prepare');
  await expect(screenHeading(page)).toHaveText('Prepare');
  await page.getByLabel('Day', { exact: true }).fill('2027-03-17');
  await page.getByLabel('Start time').fill('10:30');
  await page.getByRole('button', { name: 'Plan this session' }).click();

  // The person's own title: long enough to fold, with a comma to escape and characters of two and three octets.
  const ownTitle = 'Pack the bag, lay out the blanket and the playlist, then an early night — café first';
  const saved = await saveReminders(page, { 'Preparing, the evening before': ownTitle });
  await expectNoAxeViolations(page);

  const session = new Date('2027-03-17T10:30:00-06:00');
  const { food, clearLiquids } = DEFAULT_PACK.readiness;
  expect(saved.events.map((event) => [event.summary, event.dtstart, event.alarm?.trigger])).toEqual(
    [
      [NEUTRAL_TITLES.food, icsUtc(new Date(session.getTime() - food.hours * HOUR_MS)), '-PT30M'],
      [NEUTRAL_TITLES.liquids, icsUtc(new Date(session.getTime() - clearLiquids.hours * HOUR_MS)), '-PT30M'],
      [ownTitle, '20270317T000000Z', 'PT0S'],
      [NEUTRAL_TITLES.session, '20270317T163000Z', '-PT60M'],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
  );
  expectNeutralEventsWithAlarms(saved.events, [
    NEUTRAL_TITLES.session,
    NEUTRAL_TITLES.food,
    NEUTRAL_TITLES.liquids,
    ownTitle,
  ]);
  // The long title was folded onto continuation lines and read back whole.
  expect(saved.text).toMatch(/\r\nSUMMARY:Pack the bag\\, lay out[^\r]*\r\n [^\r]+/);
  expect(saved.text).not.toMatch(HEALTH_WORDS);
});

test('Integration plan: the follow-ups still ahead save as reminders at 10:00 on their days, without the commitment', async ({
  page,
}) => {
  await page.goto('/journal/plan');
  await expect(screenHeading(page)).toHaveText('Integration plan');
  await page.getByLabel('A small commitment').fill('Walk before breakfast and write one line about it');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('region', { name: 'Coming up' }).getByRole('listitem')).toHaveCount(3);

  const saved = await saveReminders(page);
  // Three days on (before the change to summer time), a week on and a month on (after it), each at 10:00 there.
  expect(saved.events.map((event) => [event.summary, event.dtstart, event.alarm?.trigger])).toEqual([
    [NEUTRAL_TITLES.followUp, '20270313T170000Z', 'PT0S'],
    [NEUTRAL_TITLES.followUp, '20270317T160000Z', 'PT0S'],
    [NEUTRAL_TITLES.followUp, '20270410T160000Z', 'PT0S'],
  ]);
  expectNeutralEventsWithAlarms(saved.events, [NEUTRAL_TITLES.followUp]);
  expect(saved.text).not.toMatch(/Walk|breakfast/);
  expect(saved.text).not.toMatch(HEALTH_WORDS);
});

test('Questionnaires: each saves a repeating reminder from tomorrow at 10:00, naming none of them', async ({
  page,
}) => {
  await page.goto('/scales');
  await expect(screenHeading(page)).toHaveText('Questionnaires');
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders).toBeVisible();

  const saved = await saveReminders(page);
  // None taken yet, so all are due: the first reminder is tomorrow, 11 March, 10:00 at UTC-7.
  expect(saved.events.map((event) => [event.summary, event.dtstart, event.rrule, event.alarm?.trigger])).toEqual([
    [NEUTRAL_TITLES.scale, '20270311T170000Z', 'FREQ=DAILY;INTERVAL=7', 'PT0S'],
    [NEUTRAL_TITLES.scale, '20270311T170000Z', 'FREQ=DAILY;INTERVAL=7', 'PT0S'],
    [NEUTRAL_TITLES.scale, '20270311T170000Z', 'FREQ=DAILY;INTERVAL=28', 'PT0S'],
  ]);
  expectNeutralEventsWithAlarms(saved.events, [NEUTRAL_TITLES.scale]);
  expect(saved.text).not.toMatch(HEALTH_WORDS);
});
