import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** What a session usually feels like, and how to meet it. */
export const SESSION_FEELINGS: Reading = {
  id: 'session-feelings',
  title: 'What a session can feel like',
  summary: 'The come-up, the middle and the return. What is common, and how to meet it calmly.',
  audience: 'everyone',
  minutes: 4,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: [],
  sections: [
    {
      id: 'every-session-differs',
      heading: 'Every session is different',
      blocks: [
        'No two sessions are the same, even for the same person. What follows is what many people describe.',
        'You do not have to make anything happen. Your only job is to stay safe and let the session pass.',
      ],
    },
    {
      id: 'come-up',
      heading: 'The come-up',
      blocks: [
        'Within minutes of the dose, you may feel warm, heavy or light. Your hands and feet may feel far away.',
        'Some people feel a wave of unease as it starts. This is common and it usually passes.',
      ],
    },
    {
      id: 'the-middle',
      heading: 'The middle of the session',
      blocks: [
        'Many people feel detached from their body or their surroundings. This is called dissociation.',
        {
          list: [
            'Time may seem to slow down, speed up or stop.',
            'Your body may feel as if it is floating, sinking or changing shape.',
            'Sounds and music may seem very near or very far.',
            'Thoughts may drift, loop, or turn into images.',
            'Speaking may be hard. That is fine: you do not need to talk.',
          ],
        },
        'These effects come from the medicine. In studies they fade as it wears off, usually within an hour or two.',
      ],
    },
    {
      id: 'the-return',
      heading: 'The return',
      blocks: [
        'The effects ease slowly. You may feel confused or emotional for a while. Take your time.',
        'Stay lying down until you feel steady. Ask your sitter for help to stand or walk.',
      ],
    },
    {
      id: 'body',
      heading: 'Nausea and tiredness',
      blocks: [
        'Nausea is common. Keep a bucket near. If your prescriber gave you a medicine for nausea, take it as they said.',
        'Many people feel tired or foggy for the rest of the day. Plan to rest.',
      ],
    },
    {
      id: 'meeting-it',
      heading: 'How to meet it',
      blocks: [
        {
          list: [
            'Breathe slowly. A long, easy breath out can help when things feel intense.',
            'Let go rather than fight. Notice what comes, and let it pass.',
            'The eye mask and music can give your mind a calm place to rest.',
            'Your sitter is there. You can squeeze their hand or say a word if you need them.',
            'If something frightens you, remind yourself: this is the medicine, and it will pass.',
          ],
        },
      ],
    },
    {
      id: 'when-to-get-help',
      heading: 'When it is not normal',
      blocks: [
        'Chest pain, trouble breathing, a seizure, or not being able to wake up are not normal. Your sitter should call emergency services at once.',
      ],
    },
  ],
  sources: [SOURCES.luckenbaugh2014, SOURCES.perry2007, SOURCES.nueLife, SOURCES.spravatoLabel],
};
