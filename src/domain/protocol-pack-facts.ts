import { bloodPressureCompare, checkInRule, compareWords, heartRateLimit, selfHarmAnswerRule } from './pack-limits';
import type { ProtocolPack } from './protocol-pack';
import type { SafetyRuleId } from './safety-rule-id';

/** Which way a number moves when a rule becomes stricter. */
export type StricterWhen = 'lower' | 'higher';

/** One readable statement a pack makes, e.g. "Hold when systolic is at or above" 160. */
export interface PackFact {
  /** Stable key pairing the same statement across two packs. */
  key: string;
  /** The rule it belongs to, or "crisis" for the crisis resources. */
  ruleId: SafetyRuleId | 'crisis';
  label: string;
  value: string;
  /** For numbers: which way is stricter, so a change can be called tighter or looser. */
  number?: number;
  stricterWhen?: StricterWhen;
}

function num(key: string, ruleId: SafetyRuleId, label: string, value: number, stricterWhen: StricterWhen): PackFact {
  return { key, ruleId, label, value: String(value), number: value, stricterWhen };
}

/** Every statement of a pack, in reading order: what the pack screen lists and what the difference compares. */
export function packFacts(pack: ProtocolPack): PackFact[] {
  const r = pack.readiness;
  const a = pack.afterSession;
  const bp = r.bloodPressure;
  const bpWords = compareWords(bloodPressureCompare(pack));
  const hr = heartRateLimit(pack);
  const checkIn = checkInRule(pack);
  const selfHarm = selfHarmAnswerRule(pack);
  const facts: PackFact[] = [
    num(
      'screening.repeat',
      'screening',
      'Ask the eligibility questions again after (days)',
      pack.screening.repeatAfterDays,
      'lower',
    ),
    ...pack.screening.questions.map(
      (q): PackFact => ({
        key: `screening.q.${q.id}`,
        ruleId: 'screening',
        label: 'Eligibility question',
        value: q.text,
      }),
    ),
    num('bp.rest', 'blood-pressure', 'Rest before measuring (minutes)', r.bloodPressure.restMinutes, 'higher'),
    num('bp.caution.sys', 'blood-pressure', `Caution when systolic is ${bpWords}`, bp.caution.systolic, 'lower'),
    num('bp.caution.dia', 'blood-pressure', `Caution when diastolic is ${bpWords}`, bp.caution.diastolic, 'lower'),
    num('bp.hold.sys', 'blood-pressure', `Hold when systolic is ${bpWords}`, bp.hold.systolic, 'lower'),
    num('bp.hold.dia', 'blood-pressure', `Hold when diastolic is ${bpWords}`, bp.hold.diastolic, 'lower'),
    num('hr.high', 'heart-rate', `Hold when resting heart rate is ${compareWords(hr.compare)}`, hr.limit, 'lower'),
    ...(r.heartRate.holdBelow === undefined
      ? []
      : [num('hr.low', 'heart-rate', 'Hold when resting heart rate is below', r.heartRate.holdBelow, 'higher')]),
    { key: 'check-in.used', ruleId: 'check-in', label: 'The check-in is used', value: checkIn.used ? 'yes' : 'no' },
    num('check-in.valid', 'check-in', 'A check-in counts for (minutes)', checkIn.validMinutes, 'lower'),
    num('phq9.days', 'phq9-item9', 'PHQ-9 question 9 above zero counts for (days)', selfHarm.days, 'higher'),
    { key: 'phq9.level', ruleId: 'phq9-item9', label: 'It gives', value: selfHarm.level },
    num('recheck.wait', 'recheck', 'Rest before measuring again (minutes)', r.recheck.waitMinutes, 'higher'),
    num('food.hours', 'food', 'No food for (hours before)', r.food.hours, 'higher'),
    num('liquids.hours', 'clear-liquids', 'No clear liquids for (hours before)', r.clearLiquids.hours, 'higher'),
    num(
      'alcohol.hours',
      'alcohol-cannabis',
      'No alcohol or cannabis for (hours before)',
      r.alcoholCannabis.hours,
      'higher',
    ),
    { key: 'stimulants.text', ruleId: 'stimulants', label: 'Stimulants', value: r.stimulants.text },
    { key: 'medicines.text', ruleId: 'medicines', label: 'Other medicines', value: r.medicines.text },
    {
      key: 'sitter.required',
      ruleId: 'sitter',
      label: 'A sitter is required',
      value: r.sitter.required ? 'yes' : 'no',
    },
    num('sitter.age', 'sitter', 'Sitter’s minimum age', r.sitter.minAge, 'higher'),
    { key: 'sitter.text', ruleId: 'sitter', label: 'Sitter', value: r.sitter.text },
    ...r.place.items.map(
      (item, i): PackFact => ({ key: `place.${i}`, ruleId: 'place', label: 'Space ready', value: item }),
    ),
    num('spacing.min', 'spacing', 'At least this many hours between sessions', r.spacing.minHours, 'higher'),
    { key: 'spacing.tooSoon', ruleId: 'spacing', label: 'Sooner than that gives', value: r.spacing.tooSoon },
    num(
      'spacing.gap',
      'spacing',
      'Check in with the care team after a gap of (days)',
      r.spacing.checkInAfterDays,
      'lower',
    ),
    { key: 'spacing.longGap', ruleId: 'spacing', label: 'A longer gap gives', value: r.spacing.longGap },
    { key: 'driving', ruleId: 'no-driving', label: 'Driving', value: a.noDriving.text },
    { key: 'vitals-after', ruleId: 'vitals-after', label: 'After the session', value: a.vitalsAfter.text },
    ...a.sideEffects.items.map(
      (s): PackFact => ({
        key: `side.${s.id}`,
        ruleId: 'side-effects',
        label: s.severe ? 'Side effect (call the care team)' : 'Side effect',
        value: s.text,
      }),
    ),
    ...pack.crisis.resources.map(
      (c): PackFact => ({ key: `crisis.${c.id}`, ruleId: 'crisis', label: c.name, value: c.number }),
    ),
  ];
  return facts;
}
