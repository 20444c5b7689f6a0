import type { ScaleDefinition } from '../../domain/scale';
import { DIFFICULTY_OPTIONS } from './difficulty-options';
import { TWO_WEEK_FREQUENCY_OPTIONS } from './frequency-options';

/**
 * PHQ-9, as published (© Pfizer Inc.; no permission is required to reproduce, translate, display or distribute).
 * Bands from Kroenke, Spitzer & Williams 2001. LOINC codes: panel 44249-1, total 44261-6, items and answers as in the LOINC panel.
 */
export const PHQ9: ScaleDefinition = {
  id: 'phq9',
  name: 'PHQ-9',
  about: 'Mood (depression)',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  stem: 'Over the last 2 weeks, how often have you been bothered by…',
  options: TWO_WEEK_FREQUENCY_OPTIONS,
  items: [
    { id: 'phq9-1', loinc: '44250-9', scored: true, text: 'Little interest or pleasure in doing things' },
    { id: 'phq9-2', loinc: '44255-8', scored: true, text: 'Feeling down, depressed, or hopeless' },
    { id: 'phq9-3', loinc: '44259-0', scored: true, text: 'Trouble falling or staying asleep, or sleeping too much' },
    { id: 'phq9-4', loinc: '44254-1', scored: true, text: 'Feeling tired or having little energy' },
    { id: 'phq9-5', loinc: '44251-7', scored: true, text: 'Poor appetite or overeating' },
    {
      id: 'phq9-6',
      loinc: '44258-2',
      scored: true,
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    },
    {
      id: 'phq9-7',
      loinc: '44252-5',
      scored: true,
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
    },
    {
      id: 'phq9-8',
      loinc: '44253-3',
      scored: true,
      text:
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
        'restless that you have been moving around a lot more than usual',
    },
    {
      id: 'phq9-9',
      loinc: '44260-8',
      scored: true,
      text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
    },
    {
      id: 'phq9-difficulty',
      loinc: '69722-7',
      scored: false,
      optional: true,
      text:
        'If you checked off any problems, how difficult have these problems made it for you to do your work, ' +
        'take care of things at home, or get along with other people?',
      options: DIFFICULTY_OPTIONS,
    },
  ],
  bands: [
    { from: 0, to: 4, label: 'Minimal', meaning: 'Few or no signs of depression over the last two weeks.' },
    { from: 5, to: 9, label: 'Mild', meaning: 'Some signs of depression over the last two weeks.' },
    {
      from: 10,
      to: 14,
      label: 'Moderate',
      meaning: 'A moderate level of depression symptoms. Worth talking over with your care team.',
    },
    {
      from: 15,
      to: 19,
      label: 'Moderately severe',
      meaning: 'A fairly high level of depression symptoms. Please talk this over with your care team soon.',
    },
    {
      from: 20,
      to: 27,
      label: 'Severe',
      meaning: 'A high level of depression symptoms. Please talk this over with your care team soon.',
    },
  ],
  caution: 'This questionnaire is not a diagnosis. Only a clinician can diagnose depression.',
  attention: [{ itemId: 'phq9-9', atLeast: 1, reason: 'phq9-item9' }],
  loinc: { panel: '44249-1', total: '44261-6' },
  fhir: { id: 'phq-9', version: '1.0.0' },
  copyright:
    'PHQ-9 © Pfizer Inc., developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues. No permission is required to reproduce, translate, display or distribute.',
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. ' +
      'J Gen Intern Med 2001;16(9):606-613.',
    url: 'https://www.phqscreeners.com/',
  },
};
