import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Integration: making sense of a session in the days after. */
export const INTEGRATION: Reading = {
  id: 'integration',
  title: 'The days after: integration',
  summary: 'Why writing and talking it through may help, and what the days after a session can feel like.',
  audience: 'everyone',
  minutes: 3,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: [],
  sections: [
    {
      id: 'what-it-is',
      heading: 'What integration means',
      blocks: [
        'Integration is the work of making sense of a session afterwards. It means noticing what came up, and deciding what, if anything, to do with it.',
        'Programmes that pair ketamine with therapy treat this as part of the care, not an extra.',
      ],
    },
    {
      id: 'writing',
      heading: 'Why writing helps',
      blocks: [
        'Memories of a session can fade quickly, like a dream. Writing soon after keeps what mattered.',
        'A few words are enough. You can come back later and add more.',
        'Your journal stays on this device unless you choose to share an entry.',
      ],
    },
    {
      id: 'talking',
      heading: 'Talking it through',
      blocks: [
        'Talking with your therapist, coach or a trusted person can help you find meaning and next steps.',
        'You decide what to share and when.',
      ],
    },
    {
      id: 'days-after',
      heading: 'What the days after can feel like',
      blocks: [
        {
          list: [
            'Tired, or a little foggy, for the rest of the day.',
            'Calm and open, for some people.',
            'Unsettled, or stirred up by what came up, for others.',
            'Much the same as before. That is common too.',
          ],
        },
        'Be gentle with yourself. Rest, eat well, and keep the next day light if you can.',
      ],
    },
    {
      id: 'get-support',
      heading: 'When to get support',
      blocks: [
        'If your mood drops sharply, or you have thoughts of harming yourself, contact your care team or a crisis line now. The Help now button is on every screen.',
      ],
    },
  ],
  sources: [SOURCES.dore2019, SOURCES.sanacora2017, SOURCES.journeyClinical],
};
