import { heartRateLimit } from '../domain/pack-limits';
import type { ProtocolPack } from '../domain/protocol-pack';
import {
  BP_TECHNIQUE_SOURCE,
  CHECK_IN_SOURCE,
  ISHA_FASTING_SOURCE,
  ISHA_SUBSTANCES_SOURCE,
  PHQ9_TWO_WEEKS_SOURCE,
  REMOTE_AGREEMENT_SOURCE,
  SCREENING_REPEAT_SOURCE,
  SITTER_AGE_SOURCE,
  SPACING_SOURCE,
  SPRAVATO_BP_SOURCE,
} from './default-pack-citations';

// Every number of the default pack with the inequality its source states and the citation it rests on. A test reads
// each number from DEFAULT_PACK and checks it here, so a changed number without a changed source fails.

/** How a number is applied: beyond it holds or cautions, a wait of at least it, or a time it counts within. */
export type SourcedInequality = 'above' | 'at-least' | 'more-than' | 'within';

/** One numbered rule: what it is, its number and inequality, how to read it from a pack, and its citation. */
export interface SourcedNumber {
  key: string;
  what: string;
  value: number;
  inequality: SourcedInequality;
  read(pack: ProtocolPack): number | undefined;
  citation: string;
}

/** The default pack's numbers and their sources. */
export const DEFAULT_PACK_SOURCE_TABLE: readonly SourcedNumber[] = [
  {
    key: 'bp.caution.systolic',
    what: 'Caution when the top number is above',
    value: 140,
    inequality: 'above',
    read: (p) => p.readiness.bloodPressure.caution.systolic,
    citation: SPRAVATO_BP_SOURCE,
  },
  {
    key: 'bp.caution.diastolic',
    what: 'Caution when the bottom number is above',
    value: 90,
    inequality: 'above',
    read: (p) => p.readiness.bloodPressure.caution.diastolic,
    citation: SPRAVATO_BP_SOURCE,
  },
  {
    key: 'bp.hold.systolic',
    what: 'Hold when the top number is above',
    value: 160,
    inequality: 'above',
    read: (p) => p.readiness.bloodPressure.hold.systolic,
    citation: REMOTE_AGREEMENT_SOURCE,
  },
  {
    key: 'bp.hold.diastolic',
    what: 'Hold when the bottom number is above',
    value: 90,
    inequality: 'above',
    read: (p) => p.readiness.bloodPressure.hold.diastolic,
    citation: REMOTE_AGREEMENT_SOURCE,
  },
  {
    key: 'hr.hold',
    what: 'Hold when the resting heart rate is above',
    value: 100,
    inequality: 'above',
    read: (p) => heartRateLimit(p).limit,
    citation: REMOTE_AGREEMENT_SOURCE,
  },
  {
    key: 'bp.rest',
    what: 'Rest before measuring (minutes)',
    value: 5,
    inequality: 'at-least',
    read: (p) => p.readiness.bloodPressure.restMinutes,
    citation: BP_TECHNIQUE_SOURCE,
  },
  {
    key: 'recheck.wait',
    what: 'Rest before measuring again (minutes)',
    value: 5,
    inequality: 'at-least',
    read: (p) => p.readiness.recheck.waitMinutes,
    citation: BP_TECHNIQUE_SOURCE,
  },
  {
    key: 'food.hours',
    what: 'Nothing to eat before the session (hours)',
    value: 4,
    inequality: 'at-least',
    read: (p) => p.readiness.food.hours,
    citation: ISHA_FASTING_SOURCE,
  },
  {
    key: 'clear-liquids.hours',
    what: 'No clear liquids before the session (hours)',
    value: 2,
    inequality: 'at-least',
    read: (p) => p.readiness.clearLiquids.hours,
    citation: ISHA_FASTING_SOURCE,
  },
  {
    key: 'alcohol-cannabis.hours',
    what: 'No alcohol or cannabis before the session (hours)',
    value: 24,
    inequality: 'at-least',
    read: (p) => p.readiness.alcoholCannabis.hours,
    citation: ISHA_SUBSTANCES_SOURCE,
  },
  {
    key: 'sitter.age',
    what: 'The sitter’s age (years)',
    value: 18,
    inequality: 'at-least',
    read: (p) => p.readiness.sitter.minAge,
    citation: SITTER_AGE_SOURCE,
  },
  {
    key: 'spacing.min',
    what: 'Hours between sessions',
    value: 72,
    inequality: 'at-least',
    read: (p) => p.readiness.spacing.minHours,
    citation: SPACING_SOURCE,
  },
  {
    key: 'spacing.gap',
    what: 'Check in with the care team after a gap of more than (days)',
    value: 90,
    inequality: 'more-than',
    read: (p) => p.readiness.spacing.checkInAfterDays,
    citation: SPACING_SOURCE,
  },
  {
    key: 'screening.repeat',
    what: 'Ask the eligibility questions again after (days)',
    value: 90,
    inequality: 'more-than',
    read: (p) => p.screening.repeatAfterDays,
    citation: SCREENING_REPEAT_SOURCE,
  },
  {
    key: 'check-in.valid',
    what: 'A check-in lets a dose be recorded within (minutes)',
    value: 60,
    inequality: 'within',
    read: (p) => p.readiness.checkIn?.validMinutes,
    citation: CHECK_IN_SOURCE,
  },
  {
    key: 'phq9-item9.days',
    what: 'A PHQ-9 question 9 answer above zero counts within (days)',
    value: 14,
    inequality: 'within',
    read: (p) => p.readiness.selfHarmAnswer?.days,
    citation: PHQ9_TWO_WEEKS_SOURCE,
  },
];
