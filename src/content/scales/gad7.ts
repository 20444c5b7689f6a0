import type { ScaleDefinition } from '../../domain/scale';
import { TWO_WEEK_FREQUENCY_OPTIONS } from './frequency-options';

/**
 * GAD-7, as published (public domain; no permission needed to reproduce). Bands from Spitzer et al. 2006.
 * LOINC codes: panel 69737-5, total 70274-6, items and answers as in the LOINC panel.
 */
export const GAD7: ScaleDefinition = {
  id: 'gad7',
  name: 'GAD-7',
  about: 'Anxiety',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  stem: 'Over the last 2 weeks, how often have you been bothered by…',
  options: TWO_WEEK_FREQUENCY_OPTIONS,
  items: [
    { id: 'gad7-1', loinc: '69725-0', scored: true, text: 'Feeling nervous, anxious, or on edge' },
    { id: 'gad7-2', loinc: '68509-9', scored: true, text: 'Not being able to stop or control worrying' },
    { id: 'gad7-3', loinc: '69733-4', scored: true, text: 'Worrying too much about different things' },
    { id: 'gad7-4', loinc: '69734-2', scored: true, text: 'Trouble relaxing' },
    { id: 'gad7-5', loinc: '69735-9', scored: true, text: 'Being so restless that it is hard to sit still' },
    { id: 'gad7-6', loinc: '69689-8', scored: true, text: 'Becoming easily annoyed or irritable' },
    { id: 'gad7-7', loinc: '69736-7', scored: true, text: 'Feeling afraid, as if something awful might happen' },
  ],
  bands: [
    { from: 0, to: 4, label: 'Minimal', meaning: 'Few or no signs of anxiety over the last two weeks.' },
    { from: 5, to: 9, label: 'Mild', meaning: 'Some signs of anxiety over the last two weeks.' },
    {
      from: 10,
      to: 14,
      label: 'Moderate',
      meaning: 'A moderate level of anxiety symptoms. Worth talking over with your care team.',
    },
    {
      from: 15,
      to: 21,
      label: 'Severe',
      meaning: 'A high level of anxiety symptoms. Please talk this over with your care team soon.',
    },
  ],
  caution: 'This is a check-in, not a diagnosis. Only a clinician can diagnose an anxiety disorder.',
  attention: [],
  loinc: { panel: '69737-5', total: '70274-6' },
  source: {
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
      'the GAD-7. Arch Intern Med 2006;166(10):1092-1097.',
    url: 'https://www.phqscreeners.com/',
  },
};
