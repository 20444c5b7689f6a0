import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { DEFAULT_PACK_SOURCE_TABLE } from '../../../src/content/default-pack-source-table';
import { beyond, bloodPressureCompare, heartRateLimit } from '../../../src/domain/pack-limits';
import { ProtocolPackSchema } from '../../../src/domain/protocol-pack';

/** Every source the pack cites anywhere, as one text. */
function packSources(): string {
  const r = DEFAULT_PACK.readiness;
  return [
    ...DEFAULT_PACK.screening.sources,
    ...Object.values(r).flatMap((rule) => ('sources' in rule ? rule.sources : [])),
  ].join('\n');
}

describe('the default pack and its source table', () => {
  it('is a valid pack', () => {
    expect(ProtocolPackSchema.safeParse(DEFAULT_PACK).success).toBe(true);
  });

  it.each(DEFAULT_PACK_SOURCE_TABLE.map((row) => [row.key, row] as const))(
    '%s: the pack’s number is the one its source states, and the pack cites that source',
    (_key, row) => {
      expect(row.read(DEFAULT_PACK)).toBe(row.value);
      expect(packSources()).toContain(row.citation);
    },
  );

  it('writes the limits with the inequality the sources use: strictly above', () => {
    const above = DEFAULT_PACK_SOURCE_TABLE.filter((row) => row.inequality === 'above').map((row) => row.key);
    expect(above).toEqual([
      'bp.caution.systolic',
      'bp.caution.diastolic',
      'bp.hold.systolic',
      'bp.hold.diastolic',
      'hr.hold',
    ]);
    expect(bloodPressureCompare(DEFAULT_PACK)).toBe('above');
    expect(heartRateLimit(DEFAULT_PACK).compare).toBe('above');
    expect(beyond(160, 160, 'above')).toBe(false);
    expect(beyond(161, 160, 'above')).toBe(true);
  });

  it('quotes the sources’ own numbers: 160/90 and 100 from the remote agreement, 140/90 from Spravato', () => {
    const citation = (key: string) => DEFAULT_PACK_SOURCE_TABLE.find((row) => row.key === key)?.citation ?? '';
    expect(citation('bp.hold.systolic')).toMatch(/above 160\/90 or your heart rate is above 100/);
    expect(citation('bp.caution.systolic')).toMatch(/above 140 systolic or 90 diastolic/);
  });

  it('has no low heart-rate limit, since no cited source sets one', () => {
    expect(DEFAULT_PACK.readiness.heartRate.holdBelow).toBeUndefined();
  });

  it('covers every number of the readiness rules', () => {
    const r = DEFAULT_PACK.readiness;
    const numbers = [
      r.bloodPressure.caution.systolic,
      r.bloodPressure.caution.diastolic,
      r.bloodPressure.hold.systolic,
      r.bloodPressure.hold.diastolic,
      r.bloodPressure.restMinutes,
      r.recheck.waitMinutes,
      r.food.hours,
      r.clearLiquids.hours,
      r.alcoholCannabis.hours,
      r.sitter.minAge,
      r.spacing.minHours,
      r.spacing.checkInAfterDays,
      r.checkIn?.validMinutes,
      r.selfHarmAnswer?.days,
      heartRateLimit(DEFAULT_PACK).limit,
      DEFAULT_PACK.screening.repeatAfterDays,
    ];
    expect(DEFAULT_PACK_SOURCE_TABLE).toHaveLength(numbers.length);
    expect(DEFAULT_PACK_SOURCE_TABLE.map((row) => row.read(DEFAULT_PACK)).sort()).toEqual(numbers.sort());
  });
});
