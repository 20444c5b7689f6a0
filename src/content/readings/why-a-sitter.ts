import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why a sober adult stays with you for the whole session. */
export const WHY_A_SITTER: Reading = {
  id: 'why-a-sitter',
  title: 'Why you need a sitter',
  summary: 'During a session you may not be able to look after yourself. Someone else needs to.',
  audience: 'everyone',
  minutes: 1,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['sitter'],
  sections: [
    {
      id: 'sitter',
      heading: 'Someone sober, there the whole time',
      ruleIds: ['sitter'],
      blocks: [
        'During a session you may be unable to move, speak or think clearly. If you were sick or unwell, you might not be able to get help.',
        'A sitter is an adult ({sitter.min-age} or older) who is sober, stays in your home for the whole session, and can be reached by phone.',
        'They help you to the bathroom, keep the room quiet, and know when to call for help.',
        'Give them the sitter guide before the day, and put their name and number in your care plan.',
      ],
    },
  ],
  sources: [SOURCES.mindbloom, SOURCES.journeyClinical],
};
