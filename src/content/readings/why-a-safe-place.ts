import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why the room is set up before a session. */
export const WHY_A_SAFE_PLACE: Reading = {
  id: 'why-a-safe-place',
  title: 'Why set up the room',
  summary: 'A safe, calm space prevents falls and injuries, and makes the session easier.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['place'],
  sections: [
    {
      id: 'place',
      heading: 'A safe, calm place to lie down',
      ruleIds: ['place'],
      blocks: [
        'Ketamine affects balance and coordination. Lying down or reclining makes a fall much less likely.',
        'Putting sharp or breakable things away lowers the risk of injury if you move without meaning to.',
        'A bucket and water nearby help if you feel sick. Tissues help too.',
        'Do-not-disturb on your phone stops calls and messages from pulling you out of the session. Your sitter keeps their phone on.',
        'An eye mask and calm music without words can help you settle and feel safe.',
      ],
    },
  ],
  sources: [SOURCES.nueLife, SOURCES.journeyClinical],
};
