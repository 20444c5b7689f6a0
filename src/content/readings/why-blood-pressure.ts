import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why blood pressure and heart rate are checked before and after a session. */
export const WHY_BLOOD_PRESSURE: Reading = {
  id: 'why-blood-pressure',
  title: 'Why we check blood pressure and heart rate',
  summary: 'Ketamine can raise blood pressure for a while. A check before and after keeps you safe.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['blood-pressure', 'heart-rate', 'recheck', 'vitals-after'],
  sections: [
    {
      id: 'blood-pressure',
      heading: 'Blood pressure before the session',
      ruleIds: ['blood-pressure'],
      blocks: [
        'Ketamine often raises blood pressure for a short time after a dose. For most people this is small and passes.',
        'If your blood pressure is already high, that rise could be risky. So the check-in asks for a reading before every session.',
        'A reading of 160 or more on the top number, or 100 or more on the bottom number, means the session waits and you contact your care team. Between 140/90 and those numbers, you go ahead only if your care plan says so.',
      ],
    },
    {
      id: 'heart-rate',
      heading: 'Heart rate',
      ruleIds: ['heart-rate'],
      blocks: [
        'A resting heart rate of 100 or more, or below 50, is also a reason to wait and talk to your care team.',
      ],
    },
    {
      id: 'recheck',
      heading: 'Why a second reading',
      ruleIds: ['recheck'],
      blocks: [
        'Nerves, rushing or a full bladder can push a reading up. Measure seated, after 5 minutes of rest, with your arm supported.',
        'If the first reading is high, rest 5 more minutes, breathe slowly, and measure again. The second reading is the one that counts.',
      ],
    },
    {
      id: 'vitals-after',
      heading: 'Checking again afterwards',
      ruleIds: ['vitals-after'],
      blocks: [
        'Measure again at the end of the session. It shows your care team how your body responded, and that the rise has passed.',
      ],
    },
  ],
  sources: [SOURCES.spravatoLabel, SOURCES.homeBloodPressure, SOURCES.mindbloom, SOURCES.journeyClinical],
};
