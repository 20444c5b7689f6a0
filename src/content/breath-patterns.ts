// The default breath library. Data only, typed by the domain schema; the protocol pack will carry it later.
import type { BreathPattern } from '../domain/breath-pattern';

/** The patterns every copy of the app offers, each with where it comes from. */
export const BREATH_LIBRARY: readonly BreathPattern[] = [
  {
    id: 'coherent',
    name: 'Coherent breathing',
    summary:
      'Slow, even breaths in and out, about five and a half a minute, close to the six a minute studied. Good for settling and for waiting.',
    phases: [
      { kind: 'inhale', seconds: 5.5 },
      { kind: 'exhale', seconds: 5.5 },
    ],
    defaultMinutes: 5,
    custom: false,
    source: {
      citation:
        'Lehrer P, Gevirtz R. Heart rate variability biofeedback: how and why does it work? Frontiers in Psychology, 2014. (Slow breathing at about six breaths a minute.)',
      url: 'https://doi.org/10.3389/fpsyg.2014.00756',
    },
  },
  {
    id: 'box',
    name: 'Box breathing',
    summary: 'In, hold, out, hold, four seconds each, at an even count.',
    phases: [
      { kind: 'inhale', seconds: 4 },
      { kind: 'hold', seconds: 4 },
      { kind: 'exhale', seconds: 4 },
      { kind: 'hold', seconds: 4 },
    ],
    defaultMinutes: 4,
    custom: false,
    source: {
      citation:
        'Röttger S, et al. The effectiveness of combat tactical breathing as compared with prolonged exhalation. Applied Psychophysiology and Biofeedback, 2021. (Compares box, or tactical, breathing with a long breath out.)',
      url: 'https://doi.org/10.1007/s10484-020-09485-w',
    },
  },
  {
    id: '4-7-8',
    name: '4-7-8 breathing',
    summary: 'In for four, hold for seven, out slowly for eight. A long breath out that many find calming.',
    phases: [
      { kind: 'inhale', seconds: 4 },
      { kind: 'hold', seconds: 7 },
      { kind: 'exhale', seconds: 8 },
    ],
    defaultMinutes: 3,
    custom: false,
    source: {
      citation:
        'Vierra J, et al. Effects of sleep deprivation and 4-7-8 breathing control on heart rate variability, blood pressure, blood glucose, and endothelial function in healthy young adults. Physiological Reports, 2022.',
      url: 'https://doi.org/10.14814/phy2.15389',
    },
  },
  {
    id: 'cyclic-sighing',
    name: 'Cyclic sighing',
    summary: 'A full breath in through the nose, a short second sip of air on top, then a long, slow breath out.',
    phases: [
      { kind: 'inhale', seconds: 3 },
      { kind: 'top-up', seconds: 1 },
      { kind: 'exhale', seconds: 7 },
    ],
    defaultMinutes: 5,
    custom: false,
    source: {
      citation:
        'Balban MY, et al. Brief structured respiration practices enhance mood and reduce physiological arousal. Cell Reports Medicine, 2023.',
      url: 'https://doi.org/10.1016/j.xcrm.2022.100895',
    },
  },
];

/** A library pattern by id, if there is one. */
export function libraryPattern(id: string): BreathPattern | undefined {
  return BREATH_LIBRARY.find((pattern) => pattern.id === id);
}
