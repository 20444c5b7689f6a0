import { fastingStatus, formatMinutes } from './fasting';
import { bloodPressureLimitWords, heartRateLimitWords } from './pack-limits';
import type { ProtocolPack } from './protocol-pack';
import type { ReadinessAnswers, ReadinessDecision, ReadinessReason } from './readiness-record';
import { readinessScreeningReason } from './readiness-screening';
import type { ScaleResult } from './scale-result';
import type { ScreeningRecord } from './screening';
import { selfHarmReason } from './self-harm-answer';
import { spacingStatus } from './spacing';
import { bloodPressureBand, heartRateBand, needsRecheck, type VitalsReading } from './vitals';

/** Everything the readiness decision looks at. Pure data: the caller reads storage and the clock. */
export interface ReadinessInput {
  answers: ReadinessAnswers;
  firstReading: VitalsReading;
  /** The re-check, taken after more rest when the first reading was outside the normal band. */
  secondReading?: VitalsReading | undefined;
  pack: ProtocolPack;
  now: Date;
  /** When the last session took place, if ever. */
  lastSessionAt?: Date | undefined;
  /** The latest eligibility screening, if any. */
  lastScreening?: ScreeningRecord | undefined;
  /** Stored questionnaire results (the PHQ-9 question-9 rule reads the recent ones). */
  scaleResults?: readonly ScaleResult[] | undefined;
}

/** The decision and every reason behind it (the ones that passed too, so the person sees what was checked). */
export interface ReadinessResult {
  decision: ReadinessDecision;
  reasons: ReadinessReason[];
}

const CALL_TEAM = 'Do not start the session. Call your care team and tell them what you found.';

function clock(at: Date): string {
  return at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** The low heart-rate limit in words, only where a pack sets one. */
function lowWords(pack: ProtocolPack): string {
  const low = pack.readiness.heartRate.holdBelow;
  return low === undefined ? '' : `, or below ${low}`;
}

function vitalsReasons(input: ReadinessInput): ReadinessReason[] {
  const { pack, firstReading, secondReading } = input;
  const reasons: ReadinessReason[] = [];
  let reading = firstReading;
  if (needsRecheck(firstReading, pack)) {
    const wait = pack.readiness.recheck.waitMinutes;
    if (!secondReading) {
      return [
        {
          ruleId: 'recheck',
          level: 'hold',
          text: `Your first reading (${firstReading.systolic}/${firstReading.diastolic}, heart rate ${firstReading.heartRate}) was outside the usual range.`,
          next: `Rest for ${wait} more minutes, then measure again.`,
        },
      ];
    }
    reasons.push({
      ruleId: 'recheck',
      level: 'ok',
      text: `You measured again after ${wait} more minutes of rest. The second reading decides.`,
    });
    reading = secondReading;
  }
  const bp = `${reading.systolic}/${reading.diastolic}`;
  const bpBand = bloodPressureBand(reading, pack);
  const holdWords = bloodPressureLimitWords(pack, 'hold');
  const cautionWords = bloodPressureLimitWords(pack, 'caution');
  if (bpBand === 'hold') {
    reasons.push({
      ruleId: 'blood-pressure',
      level: 'hold',
      text: `Blood pressure ${bp} is ${holdWords}, the hold limit.`,
      next: CALL_TEAM,
    });
  } else if (bpBand === 'caution') {
    reasons.push({
      ruleId: 'blood-pressure',
      level: 'caution',
      text: `Blood pressure ${bp} is in the caution range (${cautionWords}, not ${holdWords}).`,
      next: 'Go ahead only if your care plan says you may in this range. Tell your care team the reading.',
    });
  } else {
    reasons.push({
      ruleId: 'blood-pressure',
      level: 'ok',
      text: `Blood pressure ${bp} is not ${cautionWords}.`,
    });
  }
  reasons.push(
    heartRateBand(reading, pack) === 'hold'
      ? {
          ruleId: 'heart-rate',
          level: 'hold',
          text: `Heart rate ${reading.heartRate} at rest is ${heartRateLimitWords(pack)}, the hold limit${lowWords(pack)}.`,
          next: CALL_TEAM,
        }
      : { ruleId: 'heart-rate', level: 'ok', text: `Heart rate ${reading.heartRate} at rest is in the usual range.` },
  );
  return reasons;
}

function fastingReasons({ answers, pack, now }: ReadinessInput): ReadinessReason[] {
  const status = fastingStatus(new Date(answers.lastFoodAt), new Date(answers.lastDrinkAt), pack, now);
  const { food, clearLiquids } = pack.readiness;
  const rows = [
    { ruleId: 'food' as const, window: status.food, hours: food.hours, what: 'eaten' },
    { ruleId: 'clear-liquids' as const, window: status.liquids, hours: clearLiquids.hours, what: 'had a drink' },
  ];
  return rows.map(({ ruleId, window, hours, what }) =>
    window.minutesLeft > 0
      ? {
          ruleId,
          level: 'hold',
          text: `You have ${what} in the last ${hours} hours.`,
          next: `Wait ${formatMinutes(window.minutesLeft)}, until ${clock(window.metAt)}, then check in again.`,
        }
      : { ruleId, level: 'ok', text: `You have not ${what} for at least ${hours} hours.` },
  );
}

function answerReasons({ answers, pack }: ReadinessInput): ReadinessReason[] {
  const rules = pack.readiness;
  const reasons: ReadinessReason[] = [];
  const hours = rules.alcoholCannabis.hours;
  reasons.push(
    answers.alcoholOrCannabis
      ? {
          ruleId: 'alcohol-cannabis',
          level: 'hold',
          text: `You had alcohol or cannabis in the last ${hours} hours.`,
          next: 'Do not start the session today. Tell your care team.',
        }
      : { ruleId: 'alcohol-cannabis', level: 'ok', text: `No alcohol or cannabis in the last ${hours} hours.` },
  );
  for (const [ruleId, answer, what] of [
    ['stimulants', answers.stimulants, 'your prescriber’s instructions about stimulant medicine'],
    ['medicines', answers.medicines, 'your prescriber’s instructions about your other medicines'],
  ] as const) {
    if (answer === 'no' || answer === 'unsure') {
      reasons.push({
        ruleId,
        level: 'hold',
        text: answer === 'no' ? `You did not follow ${what}.` : `You are not sure you followed ${what}.`,
        next: 'Call your care team before the session and tell them what you took and when.',
      });
    } else {
      const text = answer === 'yes' ? `You followed ${what}.` : 'No special instructions for today.';
      reasons.push({ ruleId, level: 'ok', text });
    }
  }
  if (rules.sitter.required) {
    reasons.push(
      answers.sitterPresent
        ? {
            ruleId: 'sitter',
            level: 'ok',
            text: `Your sitter${answers.sitterName ? `, ${answers.sitterName},` : ''} is with you.`,
          }
        : {
            ruleId: 'sitter',
            level: 'hold',
            text: 'No sitter is with you.',
            next: `Wait until an adult (${rules.sitter.minAge} or older) who is sober is with you for the whole session.`,
          },
    );
  }
  reasons.push(
    answers.placeReady
      ? { ruleId: 'place', level: 'ok', text: 'Your space is ready.' }
      : {
          ruleId: 'place',
          level: 'hold',
          text: 'Your space is not ready yet.',
          next: 'Get it ready, then check in again.',
        },
  );
  return reasons;
}

function spacingReason({ pack, now, lastSessionAt }: ReadinessInput): ReadinessReason {
  const status = spacingStatus(lastSessionAt, pack, now);
  const rule = pack.readiness.spacing;
  if (status.kind === 'too-soon') {
    return {
      ruleId: 'spacing',
      level: status.level,
      text: `Your last session was ${Math.floor(status.hoursSince)} hours ago. Sessions should be at least ${rule.minHours} hours apart.`,
      next: `The ${rule.minHours} hours are up on ${status.okAt.toLocaleString([], { weekday: 'long', hour: '2-digit', minute: '2-digit' })}. Talk with your care team.`,
    };
  }
  if (status.kind === 'long-gap') {
    return {
      ruleId: 'spacing',
      level: status.level,
      text: `Your last session was more than ${rule.checkInAfterDays} days ago.`,
      next: 'Check in with your care team before this session.',
    };
  }
  return {
    ruleId: 'spacing',
    level: 'ok',
    text:
      status.kind === 'first'
        ? 'This is your first session recorded here.'
        : 'Enough time has passed since your last session.',
  };
}

/** The session-day decision: hold if any rule holds, caution if any rule cautions, otherwise ready. */
export function decideReadiness(input: ReadinessInput): ReadinessResult {
  const reasons = [
    readinessScreeningReason(input.lastScreening, input.pack, input.now),
    selfHarmReason(input.scaleResults ?? [], input.pack, input.now),
    ...fastingReasons(input),
    ...answerReasons(input),
    spacingReason(input),
    ...vitalsReasons(input),
  ];
  const decision: ReadinessDecision = reasons.some((r) => r.level === 'hold')
    ? 'hold'
    : reasons.some((r) => r.level === 'caution')
      ? 'caution'
      : 'ready';
  return { decision, reasons };
}
