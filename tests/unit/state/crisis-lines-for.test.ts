import { describe, expect, it } from 'vitest';
import { CRISIS_COUNTRIES } from '../../../src/content/crisis-countries';
import { CrisisCountrySchema } from '../../../src/domain/crisis-resource';
import { crisisLinesFor } from '../../../src/state/crisis-lines-for';

const numbers = (lines: { resources: readonly { number: string }[] }) => lines.resources.map((line) => line.number);

describe('crisisLinesFor', () => {
  it('shows the United Kingdom’s numbers, labelled, for someone who lives there', () => {
    const lines = crisisLinesFor('GB');
    expect(lines.label).toBe('United Kingdom numbers');
    expect(numbers(lines)).toEqual(['999', '116123', '85258', '111']);
    expect(lines.from).toBe('country');
  });

  it('shows each supported country’s own emergency number first', () => {
    const first = Object.fromEntries(
      CRISIS_COUNTRIES.map((c) => [c.code, crisisLinesFor(c.code).resources[0]?.number]),
    );
    expect(first).toEqual({ US: '911', CA: '911', GB: '999', IE: '112', AU: '000', NZ: '111' });
  });

  it('says plainly whose numbers are shown to someone who lives somewhere else', () => {
    const lines = crisisLinesFor(null);
    expect(lines.from).toBe('fallback');
    expect(lines.label).toMatch(/^United States numbers\. Somewhere else, call your local emergency number/);
    expect(lines.label).toMatch(/clinic can set its own numbers/);
  });

  it('treats an unknown country code as somewhere else, never as an empty list', () => {
    expect(crisisLinesFor('ZZ').from).toBe('fallback');
    expect(crisisLinesFor(undefined).resources.length).toBeGreaterThan(0);
  });

  it('lets a clinic’s pack replace the country’s numbers, naming the clinic', () => {
    const clinic = {
      publisher: 'Harbour Clinic',
      resources: [
        { id: 'clinic-line', name: 'Clinic line', number: '5550100', channels: ['call' as const], when: 'Any time.' },
      ],
    };
    const lines = crisisLinesFor('GB', clinic);
    expect(lines.from).toBe('clinic');
    expect(lines.label).toBe('Numbers from Harbour Clinic');
    expect(numbers(lines)).toEqual(['5550100']);
  });
});

describe('CRISIS_COUNTRIES', () => {
  it('holds the six countries, each valid and with its own emergency number', () => {
    expect(CRISIS_COUNTRIES.map((c) => c.code)).toEqual(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);
    for (const country of CRISIS_COUNTRIES) {
      expect(CrisisCountrySchema.safeParse(country).success, country.code).toBe(true);
      expect(
        country.resources.some((line) => line.id === 'emergency'),
        country.code,
      ).toBe(true);
    }
  });

  it('dials the digits of every number written with spaces or hyphens', () => {
    for (const line of CRISIS_COUNTRIES.flatMap((c) => c.resources)) {
      if (line.shown) expect(line.shown.replace(/[ -]/g, '')).toBe(line.number);
    }
  });
});
