import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { SCALE_SCHEDULE } from '../../../src/content/scale-schedule';
import {
  followUpReminders,
  NEUTRAL_DESCRIPTION,
  NEUTRAL_TITLES,
  reminderEvents,
  scaleReminders,
  sessionReminders,
} from '../../../src/domain/calendar-reminders';
import { makeFollowUps } from '../../../src/domain/journal-plan';
import { buildIcs } from '../../../src/lib/ics';

const HOUR = 3_600_000;
// Local times throughout, so the tests hold in any time zone the machine is in.
const NOW = new Date(2026, 11, 1, 9, 0);
const SESSION_AT = new Date(2026, 11, 5, 10, 0);
const FASTING = { food: DEFAULT_PACK.readiness.food.hours, clearLiquids: DEFAULT_PACK.readiness.clearLiquids.hours };
const HEALTH_WORDS = /ketamine|dose|fast|therap|depress|anx|trauma|PHQ|GAD|PCL|session day|medic/i;

function planned() {
  return sessionReminders({ id: 's1', scheduledFor: SESSION_AT.toISOString() }, FASTING, NOW);
}

describe('reminders for a planned session', () => {
  it('has the session, preparing the evening before, and the start of each fasting window from the pack', () => {
    const reminders = planned();
    const byKey = Object.fromEntries(reminders.map((r) => [r.key, r]));
    expect(byKey['s1-session']?.start).toEqual(SESSION_AT);
    expect(byKey['s1-session']?.alarmMinutesBefore).toBe(60);
    expect(byKey['s1-prepare']?.start).toEqual(new Date(2026, 11, 4, 18, 0));
    expect(byKey['s1-food']?.start).toEqual(new Date(SESSION_AT.getTime() - FASTING.food * HOUR));
    expect(byKey['s1-liquids']?.start).toEqual(new Date(SESSION_AT.getTime() - FASTING.clearLiquids * HOUR));
    expect(byKey['s1-food']?.alarmMinutesBefore).toBe(30);
    expect(reminders.map((r) => r.start.getTime())).toEqual([...reminders.map((r) => r.start.getTime())].sort());
  });

  it('follows the pack: other fasting hours move the reminders, and a window of 0 hours has none', () => {
    const reminders = sessionReminders(
      { id: 's1', scheduledFor: SESSION_AT.toISOString() },
      { food: 8, clearLiquids: 0 },
      NOW,
    );
    expect(reminders.find((r) => r.key === 's1-food')?.start).toEqual(new Date(SESSION_AT.getTime() - 8 * HOUR));
    expect(reminders.find((r) => r.key === 's1-liquids')).toBeUndefined();
    expect(reminders.find((r) => r.key === 's1-food')?.about).toContain('8 hours before');
  });

  it('leaves out what has already passed', () => {
    const late = new Date(2026, 11, 4, 20, 0);
    const keys = sessionReminders({ id: 's1', scheduledFor: SESSION_AT.toISOString() }, FASTING, late).map(
      (r) => r.key,
    );
    expect(keys).not.toContain('s1-prepare');
    expect(keys).toContain('s1-session');
  });

  it('uses neutral titles and a neutral description unless the person writes a title', () => {
    const events = reminderEvents(planned(), {});
    for (const event of events) {
      expect(event.title).toMatch(/^Stillpoint: /);
      expect(event.title).not.toMatch(HEALTH_WORDS);
      expect(event.description).toBe(NEUTRAL_DESCRIPTION);
      expect(event.description).not.toMatch(HEALTH_WORDS);
    }
    const chosen = reminderEvents(planned(), { 's1-session': 'My ketamine session', 's1-prepare': '   ' });
    expect(chosen.find((e) => e.uid === 's1-session@stillpoint')?.title).toBe('My ketamine session');
    expect(chosen.find((e) => e.uid === 's1-prepare@stillpoint')?.title).toBe(NEUTRAL_TITLES.prepare);
  });

  it('becomes a file ical.js reads back with each event at its UTC time and its alarm', () => {
    const reminders = planned();
    const calendar = new ICAL.Component(ICAL.parse(buildIcs(reminderEvents(reminders, {}), NOW)));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual(reminders.map((r) => r.start.getTime()));
    expect(events.every((e) => e.startDate.zone?.tzid === 'UTC')).toBe(true);
    expect(events.map((e) => e.summary)).toEqual(reminders.map((r) => r.defaultTitle));
    const triggers = calendar
      .getAllSubcomponents('vevent')
      .map((v) => (v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    expect(triggers.map((s) => Math.abs(s) / 60)).toEqual(reminders.map((r) => r.alarmMinutesBefore));
  });
});

describe('reminders for follow-ups and questionnaires', () => {
  it('puts each open follow-up ahead (3 days, a week, a month) on its day at 10:00', () => {
    let n = 0;
    const followUps = makeFollowUps({
      planId: 'p',
      text: 'Walk each morning',
      from: NOW,
      now: NOW,
      newId: () => `f${++n}`,
    });
    const reminders = followUpReminders(followUps, NOW);
    expect(reminders.map((r) => r.start)).toEqual([
      new Date(2026, 11, 4, 10, 0),
      new Date(2026, 11, 8, 10, 0),
      new Date(2027, 0, 1, 10, 0),
    ]);
    expect(reminders.every((r) => r.defaultTitle === NEUTRAL_TITLES.followUp)).toBe(true);
    // The commitment's words are the person's own: never in the file unless they put them in a title.
    const file = buildIcs(reminderEvents(reminders, {}), NOW);
    expect(file).not.toContain('Walk');
    expect(followUpReminders([{ ...followUps[0]!, doneAt: NOW.toISOString() }], NOW)).toEqual([]);
  });

  it('repeats each questionnaire at its cadence from when it is next due, or from tomorrow when due now', () => {
    const phq9Next = new Date(2026, 11, 6, 15, 0);
    const reminders = scaleReminders(
      [
        { scaleId: 'phq9', due: false, lastAt: '', nextDueAt: phq9Next },
        { scaleId: 'pcl5', due: true },
      ],
      SCALE_SCHEDULE,
      NOW,
    );
    expect(reminders.map((r) => [r.key, r.start, r.repeatEveryDays])).toEqual([
      ['questions-1', new Date(2026, 11, 6, 10, 0), 7],
      ['questions-3', new Date(2026, 11, 2, 10, 0), 28],
    ]);
    expect(reminders.every((r) => r.defaultTitle === NEUTRAL_TITLES.scale)).toBe(true);
    // Not even the UIDs name a questionnaire: they travel with the file to whatever syncs the calendar.
    const file = buildIcs(reminderEvents(reminders, {}), NOW);
    expect(file).not.toMatch(/phq|gad|pcl/i);
  });
});
