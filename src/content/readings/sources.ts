// The sources readings cite, in one place so a citation is written once and reads the same everywhere.
import type { ReadingSource } from '../../domain/reading';

/** Named sources cited by the default readings. */
export const SOURCES = {
  spravatoLabel: {
    citation: 'Janssen. SPRAVATO (esketamine) prescribing information: blood pressure monitoring, driving, sedation.',
  },
  mindbloom: {
    citation: 'Mindbloom. At-home ketamine programme: safety, sitter (peer treatment monitor) and medication guidance.',
  },
  journeyClinical: {
    citation: 'Journey Clinical. At-home ketamine session: chaperone guide and kit list.',
  },
  kroenke2001: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.',
  },
  simon2013: {
    citation:
      'Simon GE, Rutter CM, Peterson D, et al. Does response on the PHQ-9 depression questionnaire predict subsequent suicide attempt or suicide death? Psychiatric Services. 2013;64(12):1195–1202.',
  },
  nhsRecoveryPosition: {
    citation:
      'NHS. How do I put someone in the recovery position? (for someone who is unconscious but breathing); and NHS first aid: if they are not breathing, call 999 and start CPR.',
    url: 'https://www.nhs.uk/common-health-questions/accidents-first-aid-and-treatments/how-do-i-put-someone-in-the-recovery-position/',
  },
  redCrossUnresponsive: {
    citation:
      'British Red Cross first aid: someone who is unresponsive and breathing (recovery position), and unresponsive and not breathing (call 999, CPR).',
    url: 'https://www.redcross.org.uk/first-aid/learn-first-aid/unresponsive-and-not-breathing',
  },
  nueLife: { citation: 'Nue Life. Set and setting guidance for at-home ketamine sessions.' },
  fastingClinics: {
    citation: 'Pre-session fasting instructions published by ketamine clinics (isha.health; askp.org member clinics).',
  },
  substanceClinics: {
    citation:
      'Pre-session instructions on alcohol and cannabis published by ketamine clinics (Ketwell, Balance Health, CIT Clinics).',
  },
  homeBloodPressure: {
    citation:
      'Home blood pressure measurement guidance: seated, after 5 minutes of quiet rest, arm supported at heart level (American Heart Association).',
  },
  screeningPages: {
    citation:
      'Published clinical safety and contraindication pages of ketamine providers (Better U, Impact Infusions, Discreet Ketamine, Joyous, Innerwell).',
  },
  perry2007: {
    citation:
      'Perry EB Jr, Krystal JH, et al. Psychiatric safety of ketamine in psychopharmacology research. Psychopharmacology (Berl). 2007;192(2):253–260.',
  },
  sanacora2017: {
    citation:
      'Sanacora G, et al. A consensus statement on the use of ketamine in the treatment of mood disorders. JAMA Psychiatry. 2017;74(4):399–405.',
  },
  berman2000: {
    citation:
      'Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biological Psychiatry. 2000;47(4):351–354.',
  },
  li2010: {
    citation:
      'Li N, Lee B, Liu RJ, et al. mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists. Science. 2010;329(5994):959–964.',
  },
  duman2012: {
    citation:
      'Duman RS, Aghajanian GK. Synaptic dysfunction in depression: potential therapeutic targets. Science. 2012;338(6103):68–72.',
  },
  abdallah2018: {
    citation:
      'Abdallah CG, Dutta A, Averill CL, et al. Ketamine, but not the NMDAR antagonist lanicemine, increases prefrontal global connectivity in depressed patients. Chronic Stress. 2018;2.',
  },
  scheidegger2012: {
    citation:
      'Scheidegger M, Walter M, Lehmann M, et al. Ketamine decreases resting state functional network connectivity in healthy subjects: implications for antidepressant drug action. PLoS One. 2012;7(9):e44799.',
  },
  murrough2013: {
    citation:
      'Murrough JW, Perez AM, Pillemer S, et al. Rapid and longer-term antidepressant effects of repeated ketamine infusions in treatment-resistant major depression. Biological Psychiatry. 2013;74(4):250–256.',
  },
  luckenbaugh2014: {
    citation:
      'Luckenbaugh DA, Niciu MJ, Ionescu DF, et al. Do the dissociative side effects of ketamine mediate its antidepressant effects? Journal of Affective Disorders. 2014;159:56–61.',
  },
  dore2019: {
    citation:
      'Dore J, Turnipseed B, Dwyer S, et al. Ketamine assisted psychotherapy (KAP): patient demographics, clinical data and outcomes in three large practices administering ketamine with psychotherapy. Journal of Psychoactive Drugs. 2019;51(2):189–198.',
  },
  andrade2019: {
    citation:
      'Andrade C. Oral ketamine for depression, 1: pharmacologic considerations and clinical evidence. Journal of Clinical Psychiatry. 2019;80(2).',
  },
} satisfies Record<string, ReadingSource>;

/** The date the default readings were last reviewed. */
export const DEFAULT_REVIEWED_ON = '2026-11-20';
