import type { ScaleOption } from '../../domain/scale';

/** The answer choices PHQ-9 and GAD-7 share ("over the last 2 weeks, how often…"), with their LOINC answer codes. */
export const TWO_WEEK_FREQUENCY_OPTIONS: ScaleOption[] = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];
