import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READINGS } from '../../../src/content/readings';
import { ReadingSchema } from '../../../src/domain/reading';
import { SAFETY_RULE_IDS } from '../../../src/domain/safety-rule-id';

const READINGS_DIR = join(import.meta.dirname, '../../../src/content/readings');
const allText = (r: (typeof DEFAULT_READINGS)[number]) =>
  JSON.stringify(r.sections.flatMap((s) => [s.heading, ...s.blocks]));

describe('the default reading library', () => {
  it.each(DEFAULT_READINGS.map((r) => [r.id, r]))('%s validates against the reading schema', (_, reading) => {
    expect(ReadingSchema.safeParse(reading).success).toBe(true);
  });

  it('gives every reading sources, a review date and a reading time', () => {
    for (const reading of DEFAULT_READINGS) {
      expect(reading.sources.length, reading.id).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(reading.reviewedOn)), reading.id).toBe(false);
      expect(reading.minutes, reading.id).toBeGreaterThan(0);
    }
  });

  it('has the readings other screens link to', () => {
    const ids = DEFAULT_READINGS.map((r) => r.id);
    for (const id of ['session-feelings', 'sitter', 'integration', 'how-it-works']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('explains every safety rule in exactly one reading, in a section that names it', () => {
    for (const ruleId of SAFETY_RULE_IDS) {
      const explaining = DEFAULT_READINGS.filter((r) => r.ruleIds.includes(ruleId));
      expect(
        explaining.map((r) => r.id),
        ruleId,
      ).toHaveLength(1);
      expect(
        explaining[0]?.sections.some((s) => s.ruleIds?.includes(ruleId)),
        ruleId,
      ).toBe(true);
    }
  });

  it('names only rules that exist, and only rules the reading lists', () => {
    const known: readonly string[] = SAFETY_RULE_IDS;
    for (const reading of DEFAULT_READINGS) {
      for (const ruleId of reading.ruleIds) expect(known, reading.id).toContain(ruleId);
      for (const section of reading.sections)
        for (const ruleId of section.ruleIds ?? []) expect(reading.ruleIds, reading.id).toContain(ruleId);
    }
  });

  it('lists the studies behind how ketamine is thought to work, and says the research is ongoing', () => {
    const reading = DEFAULT_READINGS.find((r) => r.id === 'how-it-works');
    const citations = reading?.sources.map((s) => s.citation).join('\n') ?? '';
    for (const author of ['Berman', 'Li N', 'Duman', 'Abdallah']) expect(citations).toContain(author);
    expect(allText(reading as (typeof DEFAULT_READINGS)[number])).toMatch(/active research/i);
  });

  it('promises no cure and never tells anyone to change a dose or stop a medicine', () => {
    for (const reading of DEFAULT_READINGS) {
      const text = allText(reading).toLowerCase();
      expect(text, reading.id).not.toMatch(/\bcures?\b|\bguarantee|proven|rapid relief/);
      expect(text, reading.id).not.toMatch(/(increase|decrease|reduce|raise|lower) (your|the) dose/);
      expect(text, reading.id).not.toMatch(/stop taking/);
    }
  });

  it('keeps each reading in its own file under the size limit', () => {
    for (const file of readdirSync(READINGS_DIR)) {
      const lines = readFileSync(join(READINGS_DIR, file), 'utf8').split('\n').length;
      expect(lines, file).toBeLessThanOrEqual(300);
    }
  });
});
