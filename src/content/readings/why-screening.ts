import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** Why the eligibility questions are asked before the first session and again later. */
export const WHY_SCREENING: Reading = {
  id: 'why-screening',
  title: 'Why the health questions',
  summary:
    'Some health conditions make ketamine less safe. The questions help you and your prescriber talk about them.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: ['screening'],
  sections: [
    {
      id: 'screening',
      heading: 'Questions before your first session',
      ruleIds: ['screening'],
      blocks: [
        'Ketamine is not right for everyone. Some conditions make it riskier, for example:',
        {
          list: [
            'pregnancy or breastfeeding;',
            'a history of psychosis, or bipolar disorder with mania;',
            'a current problem with alcohol or drugs;',
            'high blood pressure that is not controlled, or heart disease;',
            'severe liver disease, or serious breathing problems;',
            'seizures, or bladder pain.',
          ],
        },
        'A “yes” does not decide anything by itself. It is a reason to talk with your prescriber before any session.',
        'The questions come back every {screening.repeat-days} days, because health and medicines change.',
        'If you are thinking about suicide, the app shows crisis lines straight away. You do not have to wait.',
      ],
    },
  ],
  sources: [SOURCES.screeningPages, SOURCES.perry2007, SOURCES.sanacora2017],
};
