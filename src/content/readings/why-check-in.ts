import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why the check-in comes right before the dose, and why a recent PHQ-9 answer about self-harm comes up on the day. */
export const WHY_CHECK_IN: Reading = {
  id: 'why-check-in',
  title: 'Why the check-in comes right before your dose',
  summary: 'The check-in describes you now. A hold stays until a new check-in passes.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['check-in', 'phq9-item9'],
  sections: [
    {
      id: 'check-in',
      heading: 'A check-in counts for {check-in.valid-minutes} minutes',
      ruleIds: ['check-in'],
      blocks: [
        'Blood pressure, food and drink, and who is with you can all change in an hour. So a dose can be recorded only within {check-in.valid-minutes} minutes of a check-in that passed, on the same day.',
        'If a check-in says hold, no screen, link or second tab can record a dose. The hold stays until a new check-in passes.',
        'You can write down that your care team cleared you. The note is kept with the check-in, and the next dose still needs a new check-in.',
      ],
    },
    {
      id: 'phq9-item9',
      heading: 'Thoughts of harming yourself',
      ruleIds: ['phq9-item9'],
      blocks: [
        'If a PHQ-9 in the last {phq9-item9.days} days said you had thoughts that you would be better off dead, or of hurting yourself, the check-in asks you to talk to your care team before dosing.',
        'The PHQ-9 asks about the last two weeks. Such thoughts are a reason to talk to someone, not a failing. If you might act on them, call a crisis line now.',
      ],
    },
  ],
  sources: [SOURCES.spravatoLabel, SOURCES.kroenke2001, SOURCES.simon2013],
};
