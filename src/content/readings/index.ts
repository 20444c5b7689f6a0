// The default reading library. Loaded only by the learn routes (and the sitter guide), never by the first screen.
import type { Reading } from '../../domain/reading';
import { HOW_IT_WORKS } from './how-it-works';
import { INTEGRATION } from './integration';
import { SESSION_FEELINGS } from './session-feelings';
import { SIDE_EFFECTS } from './side-effects';
import { SITTER } from './sitter';
import { WHY_A_SAFE_PLACE } from './why-a-safe-place';
import { WHY_A_SITTER } from './why-a-sitter';
import { WHY_BLOOD_PRESSURE } from './why-blood-pressure';
import { WHY_CHECK_IN } from './why-check-in';
import { WHY_FASTING } from './why-fasting';
import { WHY_MEDICINES } from './why-medicines';
import { WHY_NO_ALCOHOL } from './why-no-alcohol';
import { WHY_NO_DRIVING } from './why-no-driving';
import { WHY_SCREENING } from './why-screening';
import { WHY_SPACING } from './why-spacing';

/** Every default reading, in the order the library lists them. */
export const DEFAULT_READINGS: readonly Reading[] = [
  SESSION_FEELINGS,
  SITTER,
  INTEGRATION,
  HOW_IT_WORKS,
  WHY_SCREENING,
  WHY_BLOOD_PRESSURE,
  WHY_CHECK_IN,
  WHY_FASTING,
  WHY_NO_ALCOHOL,
  WHY_MEDICINES,
  WHY_A_SITTER,
  WHY_A_SAFE_PLACE,
  WHY_SPACING,
  WHY_NO_DRIVING,
  SIDE_EFFECTS,
];
