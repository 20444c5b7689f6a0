import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLISTS } from '../../../src/content/checklists';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { ProtocolPackSchema } from '../../../src/domain/protocol-pack';
import {
  encodePackFragment,
  MAX_PACK_BYTES,
  parsePackFragment,
  parsePackText,
} from '../../../src/domain/protocol-pack-import';
import { makePack } from '../../fixtures/safety-builders';

function refusal(text: string): string {
  const result = parsePackText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

describe('reading a protocol pack', () => {
  it('accepts the default pack, which is itself valid', () => {
    expect(ProtocolPackSchema.safeParse(DEFAULT_PACK).success).toBe(true);
    expect(parsePackText(JSON.stringify(DEFAULT_PACK))).toEqual({ ok: true, pack: DEFAULT_PACK });
  });

  it('accepts a clinic pack with its own checklists, and refuses one whose checklists are malformed', () => {
    const good = makePack((p) => {
      p.checklists = DEFAULT_CHECKLISTS.map((list) => ({ ...list, title: `Clinic: ${list.title}` }));
    });
    expect(parsePackText(JSON.stringify(good)).ok).toBe(true);
    const bad = JSON.parse(JSON.stringify(DEFAULT_PACK));
    bad.checklists = [{ id: 'day-before', title: 'The day before' }];
    expect(parsePackText(JSON.stringify(bad)).ok).toBe(false);
  });

  it('refuses wrong types and names the field in plain words', () => {
    const pack = JSON.parse(JSON.stringify(DEFAULT_PACK));
    pack.readiness.bloodPressure.hold.systolic = '150';
    expect(refusal(JSON.stringify(pack))).toMatch(/readiness › blood pressure › hold › systolic should be a number/);
  });

  it('refuses a rule without a source', () => {
    const pack = JSON.parse(JSON.stringify(DEFAULT_PACK));
    pack.readiness.food.sources = [];
    expect(refusal(JSON.stringify(pack))).toMatch(/readiness › food has no source/);
    delete pack.readiness.food.sources;
    expect(refusal(JSON.stringify(pack))).toMatch(/readiness › food has no source/);
  });

  it('refuses an unknown format version', () => {
    expect(refusal(JSON.stringify({ ...DEFAULT_PACK, format: 2 }))).toMatch(
      /format 2, which this version .* does not know/,
    );
    expect(refusal(JSON.stringify({ ...DEFAULT_PACK, format: undefined }))).toMatch(/does not say which format/);
  });

  it('refuses fields it does not know rather than ignoring them', () => {
    expect(refusal(JSON.stringify({ ...DEFAULT_PACK, dose: '100mg' }))).toMatch(/fields this app does not know: dose/);
  });

  it('refuses a huge file and says its size', () => {
    const huge = JSON.stringify({ ...DEFAULT_PACK, padding: 'x'.repeat(MAX_PACK_BYTES) });
    expect(refusal(huge)).toMatch(/This file is \d+ KiB\. A protocol pack is at most 256 KiB/);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('{ not json')).toMatch(/not readable JSON/);
  });

  it('reads a pack from a link fragment and back', () => {
    const pack = makePack((p) => {
      p.name = 'Clinique Été ✓';
    });
    expect(parsePackFragment(encodePackFragment(pack))).toEqual({ ok: true, pack });
    expect(parsePackFragment('#other')).toBeUndefined();
    expect(parsePackFragment('#pack=%%%')).toMatchObject({ ok: false, message: /damaged/ });
  });

  it('refuses a link too large to hold a pack before decoding it', () => {
    expect(parsePackFragment(`#pack=${'A'.repeat(400_000)}`)).toMatchObject({ ok: false, message: /at most 256 KiB/ });
  });

  it('never throws and never accepts garbage, truncations or bit flips', () => {
    const text = JSON.stringify(DEFAULT_PACK);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat(text.length).map((n) => text.slice(0, n)),
        ),
        (input) => {
          const result = parsePackText(input);
          if (input !== text) expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 127 }), (at, flip) => {
        const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ flip) + text.slice(at + 1);
        const result = parsePackText(flipped);
        // A flip inside free text can leave a valid pack; whatever is accepted must still pass the schema.
        if (result.ok) expect(ProtocolPackSchema.safeParse(result.pack).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
