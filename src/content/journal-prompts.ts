import { type PromptSet, PromptSetListSchema } from '../domain/journal-prompt-set';

// Plain, open questions. None asks about dose or medicine; none promises an outcome.
const RAW: PromptSet[] = [
  {
    id: 'after-session',
    timing: 'after-session',
    title: 'Right after the session',
    prompts: [
      { id: 'what-stayed', text: 'What stays with you most right now? A word, an image, a feeling is enough.' },
      { id: 'body', text: 'How does your body feel at the moment?' },
      { id: 'surprised', text: 'Did anything surprise you?' },
      { id: 'remember', text: 'What would you like to remember tomorrow?' },
    ],
  },
  {
    id: 'next-day',
    timing: 'next-day',
    title: 'The next day',
    prompts: [
      { id: 'looking-back', text: 'Looking back a day later, what stands out?' },
      { id: 'sleep-rest', text: 'How did you sleep and rest?' },
      { id: 'intention', text: 'How does what happened relate to the intention you set?' },
      { id: 'talk-about', text: 'Is there something you want to talk through with your coach or therapist?' },
    ],
  },
  {
    id: 'one-week',
    timing: 'one-week',
    title: 'One week later',
    prompts: [
      { id: 'changed', text: 'Have you noticed anything different in your days this week?' },
      { id: 'still-with-you', text: 'Which insight is still with you?' },
      { id: 'small-step', text: 'What is one small step you could take this week?' },
      { id: 'support', text: 'What support would help you now?' },
    ],
  },
];

/** The journal's prompt sets, validated when this module loads (a bad set fails loudly in tests, not on a phone). */
export const PROMPT_SETS: readonly PromptSet[] = PromptSetListSchema.parse(RAW);

/** Finds a prompt set by id. */
export function findPromptSet(id: string | undefined): PromptSet | undefined {
  return PROMPT_SETS.find((set) => set.id === id);
}
