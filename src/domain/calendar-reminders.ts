// Reminders a person can put in their own calendar: Stillpoint has no server and no browser can schedule a
// notification offline, so the calendar does the reminding. Titles are neutral by default (anyone glancing at a
// calendar, or the service that syncs it, learns nothing); the person may write their own. Descriptions stay neutral.
import type { IcsEvent } from '../lib/ics';
import { FOLLOW_UP_LABELS, type PlanFollowUp } from './journal-plan';
import { SCALE_NAMES, type ScaleId } from './scale';
import type { ScaleCadence, ScaleDueState } from './scale-due';

/** One reminder on offer, before the person has (perhaps) changed its title. */
export interface CalendarReminder {
  /** Unique within the app and stable across exports (it becomes the event's UID). */
  key: string;
  /** What it is, in the app's own words (shown next to the title field; never written into the file). */
  about: string;
  defaultTitle: string;
  start: Date;
  end: Date;
  alarmMinutesBefore: number;
  repeatEveryDays?: number;
}

/** The neutral default titles. */
export const NEUTRAL_TITLES = {
  session: 'Stillpoint: session',
  prepare: 'Stillpoint: prepare',
  food: 'Stillpoint: last food',
  liquids: 'Stillpoint: last drinks',
  followUp: 'Stillpoint: look back',
  scale: 'Stillpoint: a few questions',
} as const;

/** What every event says inside: nothing about health. */
export const NEUTRAL_DESCRIPTION = 'Open Stillpoint to see what is planned.';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** How long a planned session's event lasts in the calendar. */
const SESSION_EVENT_HOURS = 2;
/** How long the other, short events last. */
const SHORT_EVENT_MINUTES = 15;
/** The local hour of the reminders that have a day but no time of their own (prepare, follow-ups, questionnaires). */
const PREPARE_HOUR = 18;
const DAY_HOUR = 10;

/** The same local day as `date`, at `hour`:00. */
function atLocalHour(date: Date, hour: number, dayOffset = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + dayOffset, hour, 0, 0, 0);
}

function shortEvent(start: Date): { start: Date; end: Date } {
  return { start, end: new Date(start.getTime() + SHORT_EVENT_MINUTES * MINUTE_MS) };
}

/** The fasting windows of the pack in force, in hours before the session. */
export interface FastingHours {
  food: number;
  clearLiquids: number;
}

/**
 * A planned session's reminders: the session (an hour's notice), preparing the evening before, and the moments the
 * pack's fasting windows begin (half an hour's notice, to eat or drink before). Moments already past are left out.
 */
export function sessionReminders(
  session: { id: string; scheduledFor: string },
  fasting: FastingHours,
  now: Date,
): CalendarReminder[] {
  const start = new Date(session.scheduledFor);
  if (Number.isNaN(start.getTime())) return [];
  const out: CalendarReminder[] = [
    {
      key: `${session.id}-session`,
      about: 'The session',
      defaultTitle: NEUTRAL_TITLES.session,
      start,
      end: new Date(start.getTime() + SESSION_EVENT_HOURS * HOUR_MS),
      alarmMinutesBefore: 60,
    },
    {
      key: `${session.id}-prepare`,
      about: 'Preparing, the evening before',
      defaultTitle: NEUTRAL_TITLES.prepare,
      ...shortEvent(atLocalHour(start, PREPARE_HOUR, -1)),
      alarmMinutesBefore: 0,
    },
  ];
  const windows: [keyof FastingHours, string, string][] = [
    ['food', 'Last food before the session', NEUTRAL_TITLES.food],
    ['clearLiquids', 'Last clear drinks before the session', NEUTRAL_TITLES.liquids],
  ];
  for (const [kind, about, defaultTitle] of windows) {
    const hours = fasting[kind];
    if (!(hours > 0)) continue;
    out.push({
      key: `${session.id}-${kind === 'food' ? 'food' : 'liquids'}`,
      about: `${about} (${hours} ${hours === 1 ? 'hour' : 'hours'} before)`,
      defaultTitle,
      ...shortEvent(new Date(start.getTime() - hours * HOUR_MS)),
      alarmMinutesBefore: 30,
    });
  }
  return out.filter((reminder) => reminder.start.getTime() > now.getTime()).sort(byStart);
}

/** The open follow-ups still ahead, each on its day at 10:00. */
export function followUpReminders(followUps: readonly PlanFollowUp[], now: Date): CalendarReminder[] {
  return followUps
    .filter((item) => !item.doneAt)
    .map((item) => ({
      key: `${item.id}-follow-up`,
      about: `Follow-up: ${FOLLOW_UP_LABELS[item.kind].toLocaleLowerCase()}`,
      defaultTitle: NEUTRAL_TITLES.followUp,
      ...shortEvent(atLocalHour(new Date(item.dueAt), DAY_HOUR)),
      alarmMinutesBefore: 0,
    }))
    .filter((reminder) => !Number.isNaN(reminder.start.getTime()) && reminder.start.getTime() > now.getTime())
    .sort(byStart);
}

/**
 * The key (and so the calendar UID) of each questionnaire's reminder. Not the scale's id: a UID travels with the
 * file to whatever syncs the calendar, and "phq9" would say which questionnaire, so what it measures.
 */
export const SCALE_REMINDER_KEYS: Readonly<Record<ScaleId, string>> = {
  phq9: 'questions-1',
  gad7: 'questions-2',
  pcl5: 'questions-3',
};

/**
 * A repeating reminder per questionnaire at its cadence, from the day it next falls due (tomorrow when it is due
 * already), at 10:00.
 */
export function scaleReminders(
  states: readonly ScaleDueState[],
  schedule: readonly ScaleCadence[],
  now: Date,
): CalendarReminder[] {
  return states.flatMap((state) => {
    const cadence = schedule.find((item) => item.scaleId === state.scaleId);
    if (!cadence) return [];
    const next = state.nextDueAt && state.nextDueAt.getTime() > now.getTime() ? state.nextDueAt : undefined;
    let start = next ? atLocalHour(next, DAY_HOUR) : atLocalHour(now, DAY_HOUR, 1);
    if (start.getTime() <= now.getTime()) start = atLocalHour(start, DAY_HOUR, 1);
    return [
      {
        key: SCALE_REMINDER_KEYS[state.scaleId],
        about: `${SCALE_NAMES[state.scaleId]}, every ${cadence.everyDays} days`,
        defaultTitle: NEUTRAL_TITLES.scale,
        ...shortEvent(start),
        alarmMinutesBefore: 0,
        repeatEveryDays: cadence.everyDays,
      },
    ];
  });
}

function byStart(a: CalendarReminder, b: CalendarReminder): number {
  return a.start.getTime() - b.start.getTime();
}

/** The calendar events for the reminders, each with the title the person chose (blank keeps the neutral one). */
export function reminderEvents(
  reminders: readonly CalendarReminder[],
  titles: Readonly<Record<string, string>>,
): IcsEvent[] {
  return reminders.map((reminder) => ({
    uid: `${reminder.key}@stillpoint`,
    title: titles[reminder.key]?.trim() || reminder.defaultTitle,
    description: NEUTRAL_DESCRIPTION,
    start: reminder.start,
    end: reminder.end,
    alarmMinutesBefore: reminder.alarmMinutesBefore,
    ...(reminder.repeatEveryDays ? { repeatEveryDays: reminder.repeatEveryDays } : {}),
  }));
}
