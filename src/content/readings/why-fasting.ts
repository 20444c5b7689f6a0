import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why food and drink stop some hours before a session. */
export const WHY_FASTING: Reading = {
  id: 'why-fasting',
  title: 'Why not eating or drinking before',
  summary: 'An empty stomach makes nausea and being sick less likely, and safer if it happens.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['food', 'clear-liquids'],
  sections: [
    {
      id: 'food',
      heading: 'Nothing to eat for {food.hours} hours',
      ruleIds: ['food'],
      blocks: [
        'Nausea is one of the most common effects of ketamine. Food in the stomach makes being sick more likely.',
        'Being sick while very drowsy is risky, because vomit could go into the lungs. An empty stomach lowers that risk.',
      ],
    },
    {
      id: 'clear-liquids',
      heading: 'No clear liquids for {clear-liquids.hours} hours',
      ruleIds: ['clear-liquids'],
      blocks: [
        'Clear liquids such as water leave the stomach faster than food, so the wait is shorter.',
        'If your prescriber gave you different times, follow theirs.',
      ],
    },
  ],
  sources: [SOURCES.fastingClinics, SOURCES.nueLife, SOURCES.spravatoLabel],
};
