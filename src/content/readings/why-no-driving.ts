import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why no driving until after a night's sleep. */
export const WHY_NO_DRIVING: Reading = {
  id: 'why-no-driving',
  title: 'Why no driving until tomorrow',
  summary: 'Ketamine slows reactions and judgement for longer than it feels like.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['no-driving'],
  sections: [
    {
      id: 'no-driving',
      heading: 'No driving until after a night’s sleep',
      ruleIds: ['no-driving'],
      blocks: [
        'You may feel back to normal within a few hours, but reactions, attention and judgement can stay slower for longer.',
        'The label for esketamine, a close relative of ketamine, says not to drive or use machines until the next day after a restful sleep.',
        'The same goes for cycling, operating machines, or making big decisions that day.',
        'Plan ahead: stay home, or arrange a lift if you must go somewhere.',
      ],
    },
  ],
  sources: [SOURCES.spravatoLabel, SOURCES.journeyClinical],
};
