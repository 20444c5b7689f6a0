import type { ScaleOption } from '../../domain/scale';

/**
 * The answer choices of the unscored "how difficult have these problems made it…" question that closes PHQ-9 and
 * GAD-7 (LOINC 69722-7), with their LOINC answer codes. The points only order the choices; they add to no total.
 */
export const DIFFICULTY_OPTIONS: ScaleOption[] = [
  { value: 0, label: 'Not difficult at all', loinc: 'LA6572-7' },
  { value: 1, label: 'Somewhat difficult', loinc: 'LA6573-5' },
  { value: 2, label: 'Very difficult', loinc: 'LA6575-0' },
  { value: 3, label: 'Extremely difficult', loinc: 'LA6574-3' },
];
