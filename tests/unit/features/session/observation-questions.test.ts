import { describe, expect, it } from 'vitest';
import { describeObservation } from '../../../../src/features/session/observation-questions';

describe('a logged sitter observation in words', () => {
  it('lists each answer the sitter tapped', () => {
    expect(describeObservation({ awake: 'asleep', breathingNormal: true, nausea: 'none', position: 'on-side' })).toBe(
      'asleep, breathing normal, no nausea, on side',
    );
  });

  it('makes breathing that is not normal stand out', () => {
    expect(describeObservation({ breathingNormal: false })).toBe('breathing NOT normal');
  });

  it('says so when nothing was tapped', () => {
    expect(describeObservation({})).toBe('nothing noted');
  });
});
