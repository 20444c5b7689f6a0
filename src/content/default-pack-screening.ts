import type { ScreeningQuestion } from '../domain/protocol-pack';

// The default eligibility questions, in plain words, each with where it comes from. Any "yes" is a reason to talk
// with the prescriber first; the app never clears anyone itself.

// The clinic lists are cited together where design/protocol-defaults.md cites them together.
const CLINIC_LISTS =
  'Clinic exclusion lists: betterucare.com clinical safety page, discreetketamine.com safety page, Innerwell safety page';
const SEED = "Ketamine Therapy's Potential Benefits & Contraindications (seed text)";
const SPRAVATO = 'Spravato (esketamine) prescribing information, contraindications and warnings';
const IMPACT = 'impactinfusions.com FAQ: active suicidal thoughts are an exclusion on their own';

/** The default eligibility questions. */
export const DEFAULT_SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  {
    id: 'suicidal-thoughts',
    text: 'Right now, are you having thoughts of ending your life, even without a plan?',
    crisis: true,
    sources: [IMPACT, CLINIC_LISTS],
  },
  {
    id: 'suicide-plan',
    text: 'Do you have a plan, or do you mean to act on thoughts of ending your life?',
    crisis: true,
    crisisFirst: true,
    sources: [IMPACT, CLINIC_LISTS],
  },
  { id: 'under-18', text: 'Are you under 18?', sources: [CLINIC_LISTS] },
  {
    id: 'pregnancy',
    text: 'Are you pregnant, trying to become pregnant, or breastfeeding?',
    sources: [SEED, CLINIC_LISTS],
  },
  { id: 'psychosis', text: 'Have you ever had psychosis or schizophrenia?', sources: [SEED, CLINIC_LISTS] },
  { id: 'mania', text: 'Do you have bipolar disorder with episodes of mania?', sources: [CLINIC_LISTS] },
  {
    id: 'substance-use',
    text: 'Do you have a problem with alcohol or drug use right now, or have you had one in the past?',
    sources: [SEED, `${SPRAVATO} (caution with a history of substance use)`],
  },
  {
    id: 'ketamine-allergy',
    text: 'Have you had an allergy or a bad reaction to ketamine or esketamine?',
    sources: [`${SPRAVATO} (hypersensitivity)`],
  },
  {
    id: 'blood-pressure',
    text: 'Do you have high blood pressure that is not under control?',
    sources: [SEED, CLINIC_LISTS],
  },
  {
    id: 'heart-brain',
    text: 'Do you have heart disease, or have you had a stroke or bleeding in the brain?',
    sources: [`${SPRAVATO} (intracerebral haemorrhage)`, CLINIC_LISTS],
  },
  {
    id: 'aneurysm-avm',
    text: 'Have you had an aneurysm, or an arteriovenous malformation (a tangle of blood vessels)?',
    sources: [`${SPRAVATO} (aneurysmal vascular disease, arteriovenous malformation)`],
  },
  {
    id: 'head-pressure',
    text: 'Do you have raised pressure in your head, or have you had a head injury recently?',
    sources: ['carolinascenter.com ketamine-assisted psychotherapy exclusions (raised intracranial pressure)'],
  },
  { id: 'liver', text: 'Do you have severe liver disease?', sources: [SEED] },
  { id: 'lungs', text: 'Do you have a serious lung or breathing illness?', sources: [CLINIC_LISTS] },
  { id: 'seizures', text: 'Have you had seizures?', sources: [CLINIC_LISTS] },
  { id: 'thyroid', text: 'Do you have an overactive thyroid that is not treated?', sources: [CLINIC_LISTS] },
  {
    id: 'bladder',
    text: 'Do you have pain in your bladder or when you pass urine?',
    sources: ['Joyous provider information (bladder)'],
  },
];

/** Where the default screening questions come from, as a whole. */
export const DEFAULT_SCREENING_SOURCES: readonly string[] = [
  CLINIC_LISTS,
  IMPACT,
  'Joyous provider information (bladder)',
  SPRAVATO,
  'carolinascenter.com ketamine-assisted psychotherapy exclusions (raised intracranial pressure)',
  SEED,
];
