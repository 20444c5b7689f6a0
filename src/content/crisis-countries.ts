import type { CrisisCountry } from '../domain/crisis-resource';
import { DEFAULT_CRISIS_RESOURCES } from './default-pack-crisis';

// Every country Stillpoint has crisis and emergency numbers for. Where each was checked, with the page's address
// and what it says, is in crisis-sources.ts (apart, so these stay small). Small and free of the pack on purpose:
// the crash screen and the page prerendered into index.html list these without the app.

const EMERGENCY_WHEN = 'Someone is in danger now, cannot be woken, has trouble breathing, chest pain or a seizure.';
const TALK_WHEN = 'You are thinking about suicide, or you are struggling and need to talk to someone now.';
const TEXT_WHEN = 'You would rather text than talk.';

const UNITED_STATES: CrisisCountry = {
  code: 'US',
  name: 'United States',
  resources: [...DEFAULT_CRISIS_RESOURCES],
};

/** The crisis and emergency numbers of each supported country. */
export const CRISIS_COUNTRIES: readonly CrisisCountry[] = [
  UNITED_STATES,
  {
    code: 'CA',
    name: 'Canada',
    resources: [
      { id: 'emergency', name: 'Emergency services', number: '911', channels: ['call'], when: EMERGENCY_WHEN },
      {
        id: 'ca-988',
        name: '9-8-8 Suicide Crisis Helpline',
        number: '988',
        shown: '9-8-8',
        channels: ['call', 'text'],
        when: `${TALK_WHEN} Call or text, any time.`,
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    resources: [
      { id: 'emergency', name: 'Emergency services', number: '999', channels: ['call'], when: EMERGENCY_WHEN },
      {
        id: 'samaritans',
        name: 'Samaritans',
        number: '116123',
        shown: '116 123',
        channels: ['call'],
        when: `${TALK_WHEN} Free, day or night.`,
      },
      {
        id: 'shout',
        name: 'Shout',
        number: '85258',
        channels: ['text'],
        textBody: 'SHOUT',
        when: `${TEXT_WHEN} Text SHOUT to 85258, any time.`,
      },
      {
        id: 'nhs-111',
        name: 'NHS 111',
        number: '111',
        channels: ['call'],
        when: 'You need urgent help for your mental health but it is not an emergency. Choose the mental health option.',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    resources: [
      {
        id: 'emergency',
        name: 'Emergency services',
        number: '112',
        channels: ['call'],
        when: `${EMERGENCY_WHEN} 999 works too.`,
      },
      {
        id: 'samaritans',
        name: 'Samaritans',
        number: '116123',
        shown: '116 123',
        channels: ['call'],
        when: `${TALK_WHEN} Free, day or night.`,
      },
      {
        id: 'text-50808',
        name: '50808',
        number: '50808',
        channels: ['text'],
        textBody: 'HELLO',
        when: `${TEXT_WHEN} Text HELLO to 50808, any time.`,
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    resources: [
      { id: 'emergency', name: 'Emergency services', number: '000', channels: ['call'], when: EMERGENCY_WHEN },
      {
        id: 'lifeline-au',
        name: 'Lifeline',
        number: '131114',
        shown: '13 11 14',
        channels: ['call'],
        when: `${TALK_WHEN} Any time.`,
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    resources: [
      { id: 'emergency', name: 'Emergency services', number: '111', channels: ['call'], when: EMERGENCY_WHEN },
      {
        id: 'need-to-talk',
        name: 'Need to talk? 1737',
        number: '1737',
        channels: ['call', 'text'],
        when: `${TALK_WHEN} Call or text 1737, free, any time.`,
      },
    ],
  },
];

/** The numbers for a supported country code, or undefined (not asked yet, somewhere else, or unknown). */
export function crisisCountry(code: string | null | undefined): CrisisCountry | undefined {
  return CRISIS_COUNTRIES.find((country) => country.code === code);
}

/** Shown when the person has not said where they live or lives somewhere else: the United States numbers. */
export const FALLBACK_CRISIS_COUNTRY: CrisisCountry = UNITED_STATES;
