import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why no alcohol or cannabis in the day before a session. */
export const WHY_NO_ALCOHOL: Reading = {
  id: 'why-no-alcohol',
  title: 'Why no alcohol or cannabis',
  summary: 'They add to ketamine’s effects on breathing, balance and the mind.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['alcohol-cannabis'],
  sections: [
    {
      id: 'alcohol-cannabis',
      heading: 'None in the {alcohol-cannabis.hours} hours before',
      ruleIds: ['alcohol-cannabis'],
      blocks: [
        'Alcohol slows breathing and makes you drowsy. Together with ketamine, that effect can be stronger and less predictable.',
        'Cannabis can make the session more confusing or frightening, and can add to a racing heart.',
        'Both can make nausea and unsteadiness worse.',
        'If you find it hard not to drink or use before a session, tell your care team. They can help.',
      ],
    },
  ],
  sources: [SOURCES.substanceClinics, SOURCES.spravatoLabel],
};
