import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Side effects after a session: what is common, and when to tell the care team. */
export const SIDE_EFFECTS: Reading = {
  id: 'side-effects',
  title: 'Side effects after a session',
  summary: 'What is common after a session, and which effects to tell your care team about.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['side-effects'],
  sections: [
    {
      id: 'side-effects',
      heading: 'Noting side effects',
      ruleIds: ['side-effects'],
      blocks: [
        'After a session the app asks about nausea, vomiting, dizziness, headache, and bladder or urinary pain.',
        'Most of these are mild and pass within the day. Noting them helps your care team see how you respond over time.',
        'Bladder or urinary pain matters: with repeated use, ketamine can irritate the bladder. Tell your care team if you notice it.',
        'If a side effect is severe or does not pass, contact your care team. In an emergency, call emergency services.',
      ],
    },
  ],
  sources: [SOURCES.spravatoLabel, SOURCES.screeningPages, SOURCES.sanacora2017],
};
