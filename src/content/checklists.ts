import type { ChecklistSet } from '../domain/checklist';

/**
 * The default preparation checklists. Items that put a safety rule into practice carry its ruleId, so each links to
 * the reading that explains it. Sources: see docs protocol-defaults (Nue Life set and setting, Journey Clinical
 * kit list and chaperone guide, Mindbloom guidance, Spravato label). Item ids are stored: never rename one.
 */
export const DEFAULT_CHECKLISTS: ChecklistSet = [
  {
    phase: 'week-before',
    title: 'The week before',
    when: 'Any time in the days before your session.',
    items: [
      {
        id: 'ask-sitter',
        text: 'Ask an adult you trust to be your sitter for the whole session.',
        detail:
          'They need to be {sitter.min-age} or older, sober, and in your home from the dose until you are fully alert.',
        ruleId: 'sitter',
      },
      {
        id: 'brief-sitter',
        text: 'Share the sitter guide with your sitter and talk it through.',
        detail: 'The sitter guide in this app says what is normal, what to do, and when to call for help.',
        readingId: 'sitter',
        ruleId: 'sitter',
      },
      {
        id: 'check-care-plan',
        text: 'Check your care plan: sitter, care team and prescriber numbers, your medicines.',
        detail: 'These appear on the emergency card, so they are there if anyone needs them.',
      },
      {
        id: 'ask-medicines',
        text: 'Ask your prescriber how to take your other medicines on a session day.',
        detail: 'Write down what they say in your care plan. Do not change anything on your own.',
        ruleId: 'medicines',
      },
      {
        id: 'no-driving-plan',
        text: 'Arrange not to drive for the rest of the session day.',
        detail: 'Plan to stay home, or arrange a lift if you must go somewhere, until after a night’s sleep.',
        ruleId: 'no-driving',
      },
      {
        id: 'clear-the-day',
        text: 'Keep the session day free of work and other duties.',
      },
      {
        id: 'choose-music',
        text: 'Choose calm music without words, and download it for offline use.',
        ruleId: 'place',
      },
      {
        id: 'get-eye-mask',
        text: 'Find a comfortable eye mask.',
        ruleId: 'place',
      },
      {
        id: 'read-what-to-expect',
        text: 'Read “What a session can feel like” in What to expect.',
        readingId: 'session-feelings',
      },
    ],
  },
  {
    phase: 'day-before',
    title: 'The day before',
    when: 'The day before your session.',
    items: [
      {
        id: 'confirm-sitter',
        text: 'Confirm the time with your sitter.',
        ruleId: 'sitter',
      },
      {
        id: 'no-alcohol',
        text: 'No alcohol or cannabis from {alcohol-cannabis.hours} hours before the session.',
        ruleId: 'alcohol-cannabis',
      },
      {
        id: 'prepare-room',
        text: 'Choose the room: somewhere you can lie down safely, with sharp things put away.',
        ruleId: 'place',
      },
      {
        id: 'bucket-and-water',
        text: 'Put a bucket or bowl, tissues and a glass of water near where you will lie.',
        ruleId: 'place',
      },
      {
        id: 'anti-nausea',
        text: 'If your prescriber gave you an anti-nausea medicine, have it ready as prescribed.',
        ruleId: 'medicines',
      },
      {
        id: 'charge-phone',
        text: 'Charge your phone and your blood pressure monitor.',
        ruleId: 'blood-pressure',
      },
      {
        id: 'plan-meals',
        text: 'Plan your last meal and your last drink before the session.',
        detail:
          'Nothing to eat for {food.hours} hours before, and no clear liquids for {clear-liquids.hours} hours before.',
        ruleId: 'food',
      },
      {
        id: 'set-intention',
        text: 'Set an intention for the session (below on this page).',
      },
    ],
  },
  {
    phase: 'day-of',
    title: 'The day of',
    when: 'On the day, before you start.',
    items: [
      {
        id: 'fasting-food',
        text: 'Nothing to eat for {food.hours} hours before the session.',
        ruleId: 'food',
      },
      {
        id: 'fasting-liquids',
        text: 'No clear liquids for {clear-liquids.hours} hours before the session.',
        ruleId: 'clear-liquids',
      },
      {
        id: 'medicines-as-instructed',
        text: 'Take or skip your other medicines only as your prescriber told you.',
        ruleId: 'medicines',
      },
      {
        id: 'sitter-present',
        text: 'Your sitter is in the home and will stay for the whole session.',
        ruleId: 'sitter',
      },
      {
        id: 'do-not-disturb',
        text: 'Put your phone on do-not-disturb (your sitter keeps theirs on).',
        ruleId: 'place',
      },
      {
        id: 'music-and-mask',
        text: 'Have your music and eye mask within reach.',
        ruleId: 'place',
      },
      {
        id: 'use-bathroom',
        text: 'Use the bathroom just before you begin.',
      },
      {
        id: 'check-in',
        text: 'Do the session-day check-in, including blood pressure and heart rate.',
        ruleId: 'blood-pressure',
      },
      {
        id: 'no-driving-today',
        text: 'Your car keys are put away: no driving until after a night’s sleep.',
        ruleId: 'no-driving',
      },
    ],
  },
];
