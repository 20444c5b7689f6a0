import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why other medicines follow the prescriber's instructions on a session day. */
export const WHY_MEDICINES: Reading = {
  id: 'why-medicines',
  title: 'Your other medicines on a session day',
  summary: 'Some medicines change how ketamine works. Your prescriber decides; the app only reminds you.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['medicines', 'stimulants'],
  sections: [
    {
      id: 'medicines',
      heading: 'Follow your prescriber’s instructions',
      ruleIds: ['medicines'],
      blocks: [
        'Some medicines, such as benzodiazepines or lamotrigine, may change how ketamine feels or works. Clinics handle this in different ways.',
        'Only your prescriber knows your whole picture. Ask them what to do on a session day, and write it in your care plan.',
        'Never stop or change a medicine on your own. Stopping some medicines suddenly can be harmful.',
      ],
    },
    {
      id: 'stimulants',
      heading: 'Stimulants',
      ruleIds: ['stimulants'],
      blocks: [
        'Stimulants, such as some ADHD medicines, can raise blood pressure and heart rate, as ketamine can.',
        'Some prescribers ask people to skip them on the session day. Do this only if your prescriber has told you to.',
      ],
    },
  ],
  sources: [SOURCES.mindbloom, SOURCES.andrade2019],
};
