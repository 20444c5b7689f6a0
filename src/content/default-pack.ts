import type { ProtocolPack } from '../domain/protocol-pack';
import { PACK_FORMAT } from '../domain/protocol-pack';
import {
  BP_TECHNIQUE_SOURCE,
  CHECK_IN_SOURCE,
  ISHA_FASTING_SOURCE,
  ISHA_SUBSTANCES_SOURCE,
  PHQ9_ITEM9_FOLLOW_UP_SOURCE,
  PHQ9_TWO_WEEKS_SOURCE,
  REMOTE_AGREEMENT_SOURCE,
  SCREENING_REPEAT_SOURCE,
  SITTER_SOURCES,
  SPACING_SOURCE,
  SPRAVATO_BP_SOURCE,
} from './default-pack-citations';
import { DEFAULT_CRISIS_RESOURCES, DEFAULT_CRISIS_SOURCES } from './default-pack-crisis';
import { DEFAULT_SCREENING_QUESTIONS, DEFAULT_SCREENING_SOURCES } from './default-pack-screening';

// The default protocol pack: the common, conservative value of published practice, each rule with its sources
// (see design/protocol-defaults.md). A clinic's pack may tighten or replace any of it.

/** The default pack every install starts with. */
export const DEFAULT_PACK: ProtocolPack = {
  format: PACK_FORMAT,
  id: 'stillpoint-default',
  name: 'Stillpoint default safety rules',
  version: '2026.12.1',
  publisher: 'Stillpoint',
  screening: {
    id: 'screening',
    repeatAfterDays: 90,
    questions: [...DEFAULT_SCREENING_QUESTIONS],
    sources: [...DEFAULT_SCREENING_SOURCES, SCREENING_REPEAT_SOURCE],
  },
  readiness: {
    checkIn: {
      id: 'check-in',
      used: true,
      validMinutes: 60,
      sources: [CHECK_IN_SOURCE],
    },
    selfHarmAnswer: {
      id: 'phq9-item9',
      days: 14,
      level: 'caution',
      sources: [PHQ9_TWO_WEEKS_SOURCE, PHQ9_ITEM9_FOLLOW_UP_SOURCE],
    },
    bloodPressure: {
      id: 'blood-pressure',
      restMinutes: 5,
      compare: 'above',
      caution: { systolic: 140, diastolic: 90 },
      hold: { systolic: 160, diastolic: 90 },
      sources: [BP_TECHNIQUE_SOURCE, SPRAVATO_BP_SOURCE, REMOTE_AGREEMENT_SOURCE],
    },
    heartRate: {
      id: 'heart-rate',
      holdAbove: 100,
      sources: [REMOTE_AGREEMENT_SOURCE],
    },
    recheck: {
      id: 'recheck',
      waitMinutes: 5,
      sources: [
        BP_TECHNIQUE_SOURCE,
        'Spravato (esketamine) prescribing information: measure before and about 40 minutes after',
      ],
    },
    food: { id: 'food', hours: 4, sources: ['Nue Life set-and-setting guide', 'askp.org', ISHA_FASTING_SOURCE] },
    clearLiquids: { id: 'clear-liquids', hours: 2, sources: [ISHA_FASTING_SOURCE, 'Several clinic instructions'] },
    alcoholCannabis: {
      id: 'alcohol-cannabis',
      hours: 24,
      sources: [
        ISHA_SUBSTANCES_SOURCE,
        'Ketwell instructions',
        'Balance Health instructions',
        'CIT Clinics instructions',
      ],
    },
    stimulants: {
      id: 'stimulants',
      text: 'Skip a stimulant medicine on the day only if your prescriber told you to.',
      sources: ['Mindbloom medication guidance'],
    },
    medicines: {
      id: 'medicines',
      text: 'Take your other medicines, such as benzodiazepines or lamotrigine, exactly as your prescriber said.',
      sources: ['Mindbloom medication guidance (sources disagree widely)'],
    },
    sitter: {
      id: 'sitter',
      required: true,
      minAge: 18,
      text: 'An adult who is sober, stays in the home for the whole session, and can be reached by phone.',
      sources: [...SITTER_SOURCES],
    },
    place: {
      id: 'place',
      items: [
        'You can lie down or recline somewhere safe',
        'Sharp objects are put away',
        'A bucket and water are near you',
        'Your phone is on do-not-disturb',
      ],
      sources: ['Nue Life set-and-setting guide', 'Journey Clinical kit list'],
    },
    spacing: {
      id: 'spacing',
      minHours: 72,
      tooSoon: 'hold',
      checkInAfterDays: 90,
      longGap: 'caution',
      sources: [SPACING_SOURCE],
    },
  },
  afterSession: {
    noDriving: {
      id: 'no-driving',
      text: 'Do not drive until the next day, after a night’s sleep.',
      sources: ['Spravato (esketamine) prescribing information', 'Journey Clinical'],
    },
    vitalsAfter: {
      id: 'vitals-after',
      text: 'Measure blood pressure and heart rate again at the end of the session.',
      sources: ['Journey Clinical practice'],
    },
    sideEffects: {
      id: 'side-effects',
      items: [
        { id: 'nausea', text: 'Nausea' },
        { id: 'vomiting', text: 'Vomiting', severe: true },
        { id: 'dizziness', text: 'Dizziness' },
        { id: 'headache', text: 'Headache' },
        { id: 'bladder', text: 'Bladder pain or pain when passing urine', severe: true },
        { id: 'other', text: 'Anything else that worries you' },
      ],
      sources: ['Spravato (esketamine) prescribing information', 'Joyous provider information (bladder)'],
    },
  },
  crisis: {
    resources: [...DEFAULT_CRISIS_RESOURCES],
    sources: [...DEFAULT_CRISIS_SOURCES],
  },
};
