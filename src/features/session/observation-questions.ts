import type { Position } from '../../domain/session-observation';

/** One observation's answers as tapped on screen (breathing as yes/no until saved). */
export interface ObservationAnswers {
  awake?: 'awake' | 'asleep';
  breathingNormal?: 'yes' | 'no';
  nausea?: 'none' | 'nausea' | 'vomiting';
  position?: Position;
}

interface ObservationQuestion<K extends keyof ObservationAnswers> {
  name: K;
  legend: string;
  options: { value: NonNullable<ObservationAnswers[K]>; label: string }[];
}

/** What the sitter is asked at each observation: four questions, a few large answers each. */
export const OBSERVATION_QUESTIONS: readonly ObservationQuestion<keyof ObservationAnswers>[] = [
  {
    name: 'awake',
    legend: 'Awake or asleep',
    options: [
      { value: 'awake', label: 'Awake' },
      { value: 'asleep', label: 'Asleep' },
    ],
  },
  {
    name: 'breathingNormal',
    legend: 'Breathing normal',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    name: 'nausea',
    legend: 'Nausea or vomiting',
    options: [
      { value: 'none', label: 'None' },
      { value: 'nausea', label: 'Nausea' },
      { value: 'vomiting', label: 'Vomiting' },
    ],
  },
  {
    name: 'position',
    legend: 'Position',
    options: [
      { value: 'on-back', label: 'On back' },
      { value: 'on-side', label: 'On side' },
      { value: 'sitting', label: 'Sitting' },
    ],
  },
];

const LABELS: Record<string, string> = {
  'on-back': 'on back',
  'on-side': 'on side',
  sitting: 'sitting',
  none: 'no nausea',
  nausea: 'nausea',
  vomiting: 'vomiting',
  awake: 'awake',
  asleep: 'asleep',
};

/** A logged sitter observation in a few words ("awake, breathing normal, no nausea, on side"). */
export function describeObservation(entry: {
  awake?: string | undefined;
  breathingNormal?: boolean | undefined;
  nausea?: string | undefined;
  position?: string | undefined;
}): string {
  const parts: string[] = [];
  if (entry.awake) parts.push(LABELS[entry.awake] ?? entry.awake);
  if (entry.breathingNormal !== undefined) {
    parts.push(entry.breathingNormal ? 'breathing normal' : 'breathing NOT normal');
  }
  if (entry.nausea) parts.push(LABELS[entry.nausea] ?? entry.nausea);
  if (entry.position) parts.push(LABELS[entry.position] ?? entry.position);
  return parts.length > 0 ? parts.join(', ') : 'nothing noted';
}
