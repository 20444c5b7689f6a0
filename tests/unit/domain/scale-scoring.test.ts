import { describe, expect, it } from 'vitest';
import { GAD7 } from '../../../src/content/scales/gad7';
import { PCL5 } from '../../../src/content/scales/pcl5';
import { PHQ9 } from '../../../src/content/scales/phq9';
import { maxTotal } from '../../../src/domain/scale';
import { attentionFor, bandFor, firstMissingItem, progressOf, scoreAnswers } from '../../../src/domain/scale-scoring';
import { makeAnswersAll, makeAnswersTotalling } from '../../fixtures/scale-results';

describe('PHQ-9 scoring', () => {
  it('adds the nine items, 0 to 27', () => {
    expect(maxTotal(PHQ9)).toBe(27);
    expect(scoreAnswers(PHQ9, makeAnswersAll(PHQ9, 3)).total).toBe(27);
  });

  it('scores "several days" on every item as 9, mild (the published worked example of 1 point per item)', () => {
    const score = scoreAnswers(PHQ9, makeAnswersAll(PHQ9, 1));
    expect(score.total).toBe(9);
    expect(score.band.label).toBe('Mild');
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [27, 'Severe'],
  ])('puts a total of %i in the %s band', (total, label) => {
    const score = scoreAnswers(PHQ9, makeAnswersTotalling(PHQ9, total));
    expect(score.total).toBe(total);
    expect(score.band.label).toBe(label);
  });

  it('does not count the difficulty question in the total', () => {
    const answers = { ...makeAnswersAll(PHQ9, 0), 'phq9-difficulty': 3 };
    expect(scoreAnswers(PHQ9, answers).total).toBe(0);
  });

  it('lets the difficulty question be left blank', () => {
    expect(firstMissingItem(PHQ9, makeAnswersAll(PHQ9, 0))).toBeUndefined();
  });
});

describe('PHQ-9 item 9', () => {
  it.each([1, 2, 3])('marks the result as needing attention when item 9 is %i', (value) => {
    const score = scoreAnswers(PHQ9, makeAnswersAll(PHQ9, 0, { 'phq9-9': value }));
    expect(score.needsAttention).toBe(true);
    expect(score.attentionReason).toBe('phq9-item9');
  });

  it('does not mark the result when item 9 is 0, however high the total', () => {
    const score = scoreAnswers(PHQ9, makeAnswersAll(PHQ9, 3, { 'phq9-9': 0 }));
    expect(score.needsAttention).toBe(false);
    expect(score.attentionReason).toBeUndefined();
  });

  it('is noticed as soon as item 9 is answered, before the form is complete', () => {
    expect(attentionFor(PHQ9, { 'phq9-9': 1 })).toBe('phq9-item9');
    expect(attentionFor(PHQ9, { 'phq9-9': 0 })).toBeUndefined();
    expect(attentionFor(PHQ9, {})).toBeUndefined();
  });
});

describe('GAD-7 scoring', () => {
  it('adds the seven items, 0 to 21', () => {
    expect(maxTotal(GAD7)).toBe(21);
  });

  it('scores "more than half the days" on every item as 14, moderate', () => {
    const score = scoreAnswers(GAD7, makeAnswersAll(GAD7, 2));
    expect(score.total).toBe(14);
    expect(score.band.label).toBe('Moderate');
  });

  it.each([
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('puts a total of %i in the %s band', (total, label) => {
    expect(bandFor(GAD7, scoreAnswers(GAD7, makeAnswersTotalling(GAD7, total)).total).label).toBe(label);
  });

  it('never needs attention by itself', () => {
    expect(scoreAnswers(GAD7, makeAnswersAll(GAD7, 3)).needsAttention).toBe(false);
  });
});

describe('PCL-5 scoring', () => {
  it('adds twenty items scored 0 to 4, a total of 0 to 80', () => {
    expect(PCL5.items).toHaveLength(20);
    expect(maxTotal(PCL5)).toBe(80);
    expect(scoreAnswers(PCL5, makeAnswersAll(PCL5, 4)).total).toBe(80);
    expect(scoreAnswers(PCL5, makeAnswersAll(PCL5, 2)).total).toBe(40);
  });

  it.each([
    [0, 'Below the suggested cut-point'],
    [30, 'Below the suggested cut-point'],
    [31, 'At or above the suggested cut-point'],
    [33, 'At or above the suggested cut-point'],
    [80, 'At or above the suggested cut-point'],
  ])('puts a total of %i %s', (total, label) => {
    expect(scoreAnswers(PCL5, makeAnswersTotalling(PCL5, total)).band.label).toBe(label);
  });

  it('says in the probable-PTSD band that it suggests, not diagnoses', () => {
    expect(bandFor(PCL5, 31).meaning).toMatch(/31 to 33 or higher suggests probable PTSD/);
    expect(bandFor(PCL5, 31).meaning).toMatch(/does not mean you have PTSD/);
    expect(PCL5.caution).toMatch(/not a diagnosis/);
  });
});

describe('unanswered items', () => {
  it('points to the first required item without an answer', () => {
    const answers = makeAnswersAll(PHQ9, 1);
    delete answers['phq9-4'];
    delete answers['phq9-7'];
    expect(firstMissingItem(PHQ9, answers)?.id).toBe('phq9-4');
  });

  it('treats an answer that is not one of the choices as missing', () => {
    expect(firstMissingItem(GAD7, makeAnswersAll(GAD7, 0, { 'gad7-3': 4 }))?.id).toBe('gad7-3');
  });

  it('refuses to score an incomplete form', () => {
    expect(() => scoreAnswers(GAD7, { 'gad7-1': 1 })).toThrow(/gad7-2/);
  });

  it('counts progress over the required items only', () => {
    expect(progressOf(PHQ9, { 'phq9-1': 0, 'phq9-difficulty': 1 })).toEqual({ answered: 1, required: 9 });
  });
});
