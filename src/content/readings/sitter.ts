import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** For the sitter: what is normal, what to do, and when to call for help. Also shown as the sitter guide. */
export const SITTER: Reading = {
  id: 'sitter',
  title: 'For the sitter',
  summary: 'What is normal, what to do, the recovery position, and when to call emergency services.',
  audience: 'sitter',
  minutes: 5,
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
      id: 'cannot-wake',
      heading: 'If they cannot be woken: check breathing first',
      blocks: [
        'Call their name and gently shake their shoulders. If they do not respond, check their breathing: tilt their head back a little, lift the chin, and look, listen and feel for normal breathing for no more than 10 seconds.',
        'Not breathing, or not breathing normally: call emergency services now. Put the phone on speaker and do what the call handler tells you. They will talk you through CPR.',
        'Breathing normally: put them in the recovery position (below), then call emergency services.',
      ],
    },
    {
      id: 'recovery-position',
      heading: 'The recovery position (only if they are breathing)',
      blocks: [
        'Use it for someone who cannot be woken but is breathing normally, or who is very drowsy and being sick.',
        {
          steps: [
            'Kneel beside them while they lie on their back.',
            'Put the arm nearest you out at a right angle to their body, palm up.',
            'Bring their other arm across their chest. Hold the back of that hand against their cheek nearest you.',
            'With your other hand, bend their far knee up so the foot is flat on the floor.',
            'Pull gently on the bent knee to roll them towards you, onto their side.',
            'Tilt their head back a little and lift the chin, so the airway stays open.',
            'Stay with them and keep checking their breathing until help arrives. If it stops, call emergency services again and follow the call handler (CPR).',
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
  sources: [
    SOURCES.mindbloom,
    SOURCES.journeyClinical,
    SOURCES.spravatoLabel,
    SOURCES.nhsRecoveryPosition,
    SOURCES.redCrossUnresponsive,
  ],
};
