import type { AfterSessionRule } from '../domain/after-session';

/**
 * The default no-driving rule. The protocol pack folds this in; session mode shows the day it allows driving again.
 */
export const NO_DRIVING_RULE: AfterSessionRule = {
  ruleId: 'no-driving',
  text: 'Do not drive until the next day, after a night of sleep.',
  source: 'Spravato label; Journey Clinical',
};

/** Every default after-session rule. */
export const AFTER_SESSION_RULES: readonly AfterSessionRule[] = [NO_DRIVING_RULE];
