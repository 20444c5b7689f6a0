import type { ScaleDefinition } from '../../domain/scale';

const ABOUT_IT = 'the stressful experience';

/**
 * PCL-5, as published by the National Center for PTSD (public domain). "Circle one of the numbers" becomes
 * "choose one answer" for a screen. LOINC: panel 101697-1 and total 101698-9 (checked against LOINC term pages);
 * item and answer codes are not used because they could not be verified.
 */
export const PCL5: ScaleDefinition = {
  id: 'pcl5',
  name: 'PCL-5',
  about: 'Stress after a very stressful experience (PTSD)',
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please ' +
    'read each problem carefully and then choose one answer to indicate how much you have been bothered by that ' +
    'problem in the past month.',
  stem: 'In the past month, how much were you bothered by…',
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
  items: [
    `Repeated, disturbing, and unwanted memories of ${ABOUT_IT}?`,
    `Repeated, disturbing dreams of ${ABOUT_IT}?`,
    `Suddenly feeling or acting as if ${ABOUT_IT} were actually happening again (as if you were actually back there reliving it)?`,
    `Feeling very upset when something reminded you of ${ABOUT_IT}?`,
    `Having strong physical reactions when something reminded you of ${ABOUT_IT} (for example, heart pounding, trouble breathing, sweating)?`,
    `Avoiding memories, thoughts, or feelings related to ${ABOUT_IT}?`,
    `Avoiding external reminders of ${ABOUT_IT} (for example, people, places, conversations, activities, objects, or situations)?`,
    `Trouble remembering important parts of ${ABOUT_IT}?`,
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    `Blaming yourself or someone else for ${ABOUT_IT} or what happened after it?`,
    'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
    'Loss of interest in activities that you used to enjoy?',
    'Feeling distant or cut off from other people?',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    'Irritable behavior, angry outbursts, or acting aggressively?',
    'Taking too many risks or doing things that could cause you harm?',
    'Being “superalert” or watchful or on guard?',
    'Feeling jumpy or easily startled?',
    'Having difficulty concentrating?',
    'Trouble falling or staying asleep?',
  ].map((text, index) => ({ id: `pcl5-${index + 1}`, scored: true, text })),
  bands: [
    {
      from: 0,
      to: 30,
      label: 'Below the suggested cut-point',
      meaning: 'Your total is below 31, the lowest score at which the PCL-5 suggests probable PTSD.',
    },
    {
      from: 31,
      to: 80,
      label: 'At or above the suggested cut-point',
      meaning:
        'A total of 31 to 33 or higher suggests probable PTSD and is worth talking over with your care team. ' +
        'It does not mean you have PTSD.',
    },
  ],
  caution: 'This questionnaire is not a diagnosis. Only a clinician can diagnose PTSD, usually with an interview.',
  attention: [],
  loinc: { panel: '101697-1', total: '101698-9' },
  fhir: { id: 'pcl-5', version: '1.0.0' },
  copyright: 'PCL-5 is in the public domain (US National Center for PTSD).',
  source: {
    citation:
      'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). ' +
      'National Center for PTSD, 2013.',
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
};
