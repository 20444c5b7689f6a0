import { describe, expect, it } from 'vitest';
import {
  compareChoices,
  lastGroup,
  lookAlikeCoach,
  matchesLastGroup,
  nameKey,
} from '../../../src/domain/pairing-check';
import type { Contact } from '../../../src/domain/share-records';

const fingerprint = '7K2M QX9P A1B2 C3D4 ZT4A';

function coach(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'key-rivera',
    role: 'coach',
    name: 'Dr Rivera',
    publicKey: 'A'.repeat(87),
    fingerprint,
    addedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('the pairing compare', () => {
  it('asks for the last group of the code', () => {
    expect(lastGroup(fingerprint)).toBe('ZT4A');
  });

  it('offers the real group among distinct decoys of the same shape, wherever the random slot puts it', () => {
    for (let last = 0; last < 4; last++) {
      const random = new Uint8Array(41).map((_, i) => i * 7);
      random[40] = last;
      const choices = compareChoices(fingerprint, random);
      expect(choices).toHaveLength(4);
      expect(new Set(choices).size).toBe(4);
      expect(choices[last]).toBe('ZT4A');
      for (const choice of choices) expect(choice).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it('accepts the right group typed loosely and refuses a wrong or empty one', () => {
    expect(matchesLastGroup(fingerprint, ' zt4a ')).toBe(true);
    expect(matchesLastGroup('7K2M QX9P A1B2 C3D4 Z01A', 'zoia')).toBe(true);
    expect(matchesLastGroup(fingerprint, 'ZT4B')).toBe(false);
    expect(matchesLastGroup(fingerprint, 'C3D4')).toBe(false);
    expect(matchesLastGroup(fingerprint, '')).toBe(false);
  });
});

describe('a look-alike invite', () => {
  it('is the pinned coach of the same name (case, accents, spaces and dots aside) under another key', () => {
    const pinned = [coach()];
    expect(lookAlikeCoach(pinned, { name: 'dr. rivera', keyId: 'key-other' })?.id).toBe('key-rivera');
    expect(lookAlikeCoach(pinned, { name: 'Dr Rívera', keyId: 'key-other' })?.id).toBe('key-rivera');
    expect(lookAlikeCoach(pinned, { name: 'Ｄｒ Ｒｉｖｅｒａ', keyId: 'key-other' })?.id).toBe('key-rivera');
  });

  it('is not the same coach again, another name, a removed coach or a patient', () => {
    expect(lookAlikeCoach([coach()], { name: 'Dr Rivera', keyId: 'key-rivera' })).toBeUndefined();
    expect(lookAlikeCoach([coach()], { name: 'Dr Chen', keyId: 'key-other' })).toBeUndefined();
    expect(
      lookAlikeCoach([coach({ removedAt: '2026-11-20T09:00:00.000Z' })], { name: 'Dr Rivera', keyId: 'x' }),
    ).toBeUndefined();
    expect(lookAlikeCoach([coach({ role: 'patient' })], { name: 'Dr Rivera', keyId: 'x' })).toBeUndefined();
  });

  it('reads Cyrillic or Greek look-alike letters as the Latin ones they imitate', () => {
    expect(lookAlikeCoach([coach()], { name: 'Dr Rivеra', keyId: 'key-other' })?.id).toBe('key-rivera');
    expect(nameKey('Dr Rivеrа')).toBe(nameKey('Dr Rivera'));
  });

  it('keeps letters that have no Latin look-alike', () => {
    expect(nameKey('Д-р')).toBe('дp');
  });
});
