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
        'A reading {blood-pressure.hold} (the top number or the bottom number) means the session waits and you contact your care team. A reading {blood-pressure.caution}, but not {blood-pressure.hold}, is the caution range: you go ahead only if your care team told you that you may, and you recorded that in your care plan.',
      ],
    },
    {
      id: 'heart-rate',
      heading: 'Heart rate',
      ruleIds: ['heart-rate'],
      blocks: ['A resting heart rate {heart-rate.hold} is also a reason to wait and talk to your care team.'],
    },
    {
      id: 'recheck',
      heading: 'Why a second reading',
      ruleIds: ['recheck'],
      blocks: [
        'Nerves, rushing or a full bladder can push a reading up. Measure seated, after {blood-pressure.rest-minutes} minutes of rest, with your arm supported.',
        'If the first reading is high, rest {recheck.wait-minutes} more minutes, breathe slowly, and measure again. The second reading is the one that counts.',
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
