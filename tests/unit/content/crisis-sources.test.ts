import { describe, expect, it } from 'vitest';
import { CRISIS_COUNTRIES } from '../../../src/content/crisis-countries';
import { CRISIS_SOURCES } from '../../../src/content/crisis-sources';
import { DEFAULT_CRISIS_SOURCES } from '../../../src/content/default-pack-crisis';
import { CrisisSourceSchema, unconfirmedResources } from '../../../src/domain/crisis-resource';

const sourcesOf = (code: string, resourceId: string) =>
  CRISIS_SOURCES.filter((source) => source.country === code && source.resourceId === resourceId);

describe('CRISIS_SOURCES', () => {
  it('cites at least one page for every number of every country', () => {
    for (const country of CRISIS_COUNTRIES)
      for (const line of country.resources)
        expect(sourcesOf(country.code, line.id).length, `${country.code} ${line.id}`).toBeGreaterThan(0);
  });

  it('backs only numbers the table holds, each entry valid', () => {
    for (const source of CRISIS_SOURCES) {
      expect(CrisisSourceSchema.safeParse(source).success, source.url).toBe(true);
      const country = CRISIS_COUNTRIES.find((c) => c.code === source.country);
      expect(
        country?.resources.some((line) => line.id === source.resourceId),
        source.url,
      ).toBe(true);
    }
  });

  it('says why, whenever a page is not the service’s own', () => {
    for (const source of CRISIS_SOURCES.filter((s) => s.from !== 'service'))
      expect(source.note, source.url).toBeTruthy();
  });

  it('finds on each cited page the number it backs, and the word to text where there is one', () => {
    for (const country of CRISIS_COUNTRIES)
      for (const line of country.resources) {
        const digits = sourcesOf(country.code, line.id).map((source) => source.says.replace(/[ -]/g, ''));
        expect(
          digits.some((text) => text.includes(line.number)),
          `${country.code} ${line.id}`,
        ).toBe(true);
      }
    // The keywords confirmed somewhere stored; 50808's HELLO is not (its note says so).
    expect(sourcesOf('US', 'crisis-text-line').some((s) => s.says.includes('HOME'))).toBe(true);
    expect(sourcesOf('GB', 'shout').some((s) => s.says.includes('SHOUT'))).toBe(true);
    expect(sourcesOf('IE', 'text-50808').every((s) => !s.says.includes('HELLO'))).toBe(true);
    expect(sourcesOf('IE', 'text-50808')[0]?.note).toMatch(/HELLO is not confirmed/);
  });

  it('lists the numbers still to be confirmed on the service’s own site', () => {
    const unconfirmed = Object.fromEntries(
      CRISIS_COUNTRIES.map((country) => [country.code, unconfirmedResources(country, CRISIS_SOURCES)]),
    );
    expect(unconfirmed).toEqual({
      US: ['emergency', '988', 'crisis-text-line'],
      CA: ['emergency', 'ca-988'],
      GB: ['emergency', 'nhs-111'],
      IE: ['text-50808'],
      AU: ['emergency'],
      NZ: ['need-to-talk'],
    });
  });

  it('names in the default pack the first page cited for each United States number', () => {
    const [us] = CRISIS_COUNTRIES;
    for (const line of us?.resources ?? []) {
      const first = sourcesOf('US', line.id)[0];
      expect(first, line.id).toBeDefined();
      const host = new URL(first?.url ?? 'https://missing.invalid').hostname.replace(/^www\./, '');
      expect(DEFAULT_CRISIS_SOURCES.join('\n'), line.id).toContain(host);
    }
  });
});

describe('unconfirmedResources', () => {
  const country = {
    code: 'GB',
    name: 'United Kingdom',
    resources: [
      { id: 'a', name: 'A', number: '111', channels: ['call' as const], when: '' },
      { id: 'b', name: 'B', number: '222', channels: ['call' as const], when: '' },
    ],
  };
  const page = { url: 'https://example.org/', says: 'Call 111.' };

  it('counts a number confirmed only by the service’s own page, in the same country', () => {
    expect(
      unconfirmedResources(country, [
        { ...page, country: 'GB', resourceId: 'a', from: 'service' },
        { ...page, country: 'GB', resourceId: 'b', from: 'authority' },
        { ...page, country: 'IE', resourceId: 'b', from: 'service' },
      ]),
    ).toEqual(['b']);
  });
});
