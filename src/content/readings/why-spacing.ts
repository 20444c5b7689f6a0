import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why sessions are spaced apart, and why a long gap means talking to the care team first. */
export const WHY_SPACING: Reading = {
  id: 'why-spacing',
  title: 'Why sessions are spaced apart',
  summary: 'Time between sessions lets your body recover and leaves room for integration.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['spacing'],
  sections: [
    {
      id: 'spacing',
      heading: 'At least {spacing.min-hours} hours apart',
      ruleIds: ['spacing'],
      blocks: [
        'Sessions at least {spacing.min-hours} hours apart give your body time to recover, and give you time to reflect on what came up.',
        'If more than {spacing.check-in-after-days} days have passed since your last session, check in with your care team first. Your health or medicines may have changed.',
        'Your prescriber sets your schedule. This app only reminds you of the gap.',
      ],
    },
  ],
  sources: [SOURCES.mindbloom],
};
