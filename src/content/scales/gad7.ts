import type { ScaleDefinition } from '../../domain/scale';
import { DIFFICULTY_OPTIONS } from './difficulty-options';
import { TWO_WEEK_FREQUENCY_OPTIONS } from './frequency-options';

/**
 * GAD-7, as published (© Pfizer Inc.; no permission is required to reproduce, translate, display or distribute).
 * Bands from Spitzer et al. 2006.
 * LOINC codes: panel 69737-5, total 70274-6, items and answers as in the LOINC panel. The closing difficulty question
 * is worded as on the published GAD-7 ("how difficult have these made it…"; PHQ-9 says "these problems") and coded
 * 69722-7, the code LOINC gives this question (69725-0 is item 1).
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
    {
      id: 'gad7-difficulty',
      loinc: '69722-7',
      scored: false,
      optional: true,
      text:
        'If you checked off any problems, how difficult have these made it for you to do your work, take care of ' +
        'things at home, or get along with other people?',
      options: DIFFICULTY_OPTIONS,
    },
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
  caution: 'This questionnaire is not a diagnosis. Only a clinician can diagnose an anxiety disorder.',
  attention: [],
  loinc: { panel: '69737-5', total: '70274-6' },
  fhir: { id: 'gad-7', version: '1.0.0' },
  copyright:
    'GAD-7 © Pfizer Inc., developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues. No permission is required to reproduce, translate, display or distribute.',
  source: {
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
      'the GAD-7. Arch Intern Med 2006;166(10):1092-1097.',
    url: 'https://www.phqscreeners.com/',
  },
};
