import type { ScreeningQuestion } from '../domain/protocol-pack';

/** The default eligibility questions, in plain words. Any "yes" is a reason to talk with the prescriber first. */
export const DEFAULT_SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  { id: 'under-18', text: 'Are you under 18?' },
  { id: 'pregnancy', text: 'Are you pregnant, trying to become pregnant, or breastfeeding?' },
  { id: 'psychosis', text: 'Have you ever had psychosis or schizophrenia?' },
  { id: 'mania', text: 'Do you have bipolar disorder with episodes of mania?' },
  { id: 'substance-use', text: 'Do you have a problem with alcohol or drug use right now?' },
  { id: 'blood-pressure', text: 'Do you have high blood pressure that is not under control?' },
  {
    id: 'heart-brain',
    text: 'Do you have heart disease, or have you had an aneurysm, a stroke or bleeding in the brain?',
  },
  { id: 'liver', text: 'Do you have severe liver disease?' },
  { id: 'lungs', text: 'Do you have a serious lung or breathing illness?' },
  { id: 'seizures', text: 'Have you had seizures?' },
  { id: 'thyroid', text: 'Do you have an overactive thyroid that is not treated?' },
  { id: 'bladder', text: 'Do you have pain in your bladder or when you pass urine?' },
  {
    id: 'suicide-plan',
    text: 'Right now, are you having thoughts of ending your life, and do you have a plan?',
    crisis: true,
  },
];

/** Where the default screening questions come from. */
export const DEFAULT_SCREENING_SOURCES: readonly string[] = [
  'betterucare.com clinical safety page',
  'impactinfusions.com FAQ',
  'discreetketamine.com safety page',
  'Joyous provider information (bladder)',
  'Innerwell safety page',
  "Ketamine Therapy's Potential Benefits & Contraindications (uncontrolled high blood pressure, psychosis, substance misuse, pregnancy, severe liver disease)",
];
