import { describe, expect, it } from 'vitest';
import { describeObservations } from '../../../../src/features/session/observations';

describe('a logged sitter check-in in words', () => {
  it('lists each observation the sitter tapped', () => {
    expect(describeObservations({ awake: 'asleep', breathingNormal: true, nausea: 'none', position: 'on-side' })).toBe(
      'asleep, breathing normal, no nausea, on side',
    );
  });

  it('makes breathing that is not normal stand out', () => {
    expect(describeObservations({ breathingNormal: false })).toBe('breathing NOT normal');
  });

  it('says so when nothing was tapped', () => {
    expect(describeObservations({})).toBe('nothing noted');
  });
});
