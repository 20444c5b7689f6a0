import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** For the sitter: what is normal, what to do, and when to call for help. Also shown as the sitter guide. */
export const SITTER: Reading = {
  id: 'sitter',
  title: 'For the sitter',
  summary: 'What is normal, what to do, the recovery position, and when to call emergency services.',
  audience: 'sitter',
  minutes: 4,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: [],
  sections: [
    {
      id: 'normal',
      heading: 'What is normal',
      blocks: [
        {
          list: [
            'Seeming far away or detached (this is called dissociation).',
            'Not responding much, or answering slowly.',
            'Nausea, and sometimes being sick.',
            'Saying they feel as if they are floating.',
            'Confusion, or strong feelings, as the effects wear off.',
          ],
        },
        'These usually ease within an hour or two.',
      ],
    },
    {
      id: 'what-to-do',
      heading: 'What to do',
      blocks: [
        {
          list: [
            'Stay close, in the same room or the next one, for the whole session.',
            'Check on them every 15 minutes for the first hour, then as agreed.',
            'Keep the room quiet and dim. Keep your own phone on.',
            'Help them to the bathroom. Walk beside them: they may be unsteady.',
            'Do not give them anything to eat or drink until they are fully alert.',
            'If they are sick, help them to turn on their side.',
          ],
        },
      ],
    },
    {
      id: 'recovery-position',
      heading: 'The recovery position',
      blocks: [
        'Use it if they are very drowsy and being sick, or if they cannot be woken while you wait for help.',
        {
          steps: [
            'Kneel beside them while they lie on their back.',
            'Put the arm nearest you out at a right angle to their body, palm up.',
            'Bring their other arm across their chest. Hold the back of that hand against their cheek nearest you.',
            'With your other hand, bend their far knee up so the foot is flat on the floor.',
            'Pull gently on the bent knee to roll them towards you, onto their side.',
            'Tilt their head back a little and lift the chin, so the airway stays open.',
            'Stay with them and check their breathing until they wake or help arrives.',
          ],
        },
      ],
    },
    {
      id: 'call-emergency',
      heading: 'When to call emergency services',
      blocks: [
        'Call at once if any of these happen:',
        {
          list: [
            'Chest pain.',
            'Trouble breathing.',
            'They cannot be woken.',
            'A seizure (fit).',
            'Vomiting while not fully awake.',
          ],
        },
        'Tell the call handler they took ketamine as prescribed, and when. The emergency card in this app has a script.',
        'For anything else that worries you, call their care team.',
      ],
    },
  ],
  sources: [SOURCES.mindbloom, SOURCES.journeyClinical, SOURCES.spravatoLabel],
};
