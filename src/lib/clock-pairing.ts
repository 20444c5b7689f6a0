// Lining up two clocks from repeated readings of both: the wall clock (epoch ms) and a device clock (such as the
// Web Audio clock). Each reading gives an offset, the wall time of the device clock's zero; the readings are noisy
// and the true offset can move (a sound card's crystal drifts, a starved audio thread loses time), so the estimate
// is taken from recent readings only.

/** Robust pick of one offset from recent readings. */
export type OffsetPick = (offsets: readonly number[]) => number;

/** The middle reading: for readings scattered both ways around the truth (a single stray one is ignored). */
export const median: OffsetPick = (offsets) => {
  const sorted = [...offsets].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The lowest reading: for readings that can only be late (a clock read some time after it last moved). */
export const lowest: OffsetPick = (offsets) => Math.min(...offsets);

/** The last few offsets read, and the estimate they give. */
export class RecentOffsets {
  private offsets: number[] = [];

  constructor(
    private readonly keep: number,
    private readonly pick: OffsetPick,
  ) {}

  /** Adds one reading, forgetting the oldest beyond `keep`. */
  add(offset: number): void {
    this.offsets.push(offset);
    if (this.offsets.length > this.keep) this.offsets.shift();
  }

  /** The estimate (wall ms minus device ms), or undefined before the first reading. */
  value(): number | undefined {
    return this.offsets.length === 0 ? undefined : this.pick(this.offsets);
  }

  /** Forgets every reading (after the device clock stood still, say). */
  clear(): void {
    this.offsets = [];
  }
}

/** The most a device may plausibly take from producing a sample to presenting it (a Bluetooth headset: ~0.3 s). */
const MAX_LATENCY_MS = 1000;
/** How far a presentation reading may fall before the production estimate (that estimate reads a little late). */
const EARLY_TOLERANCE_MS = 10;

/**
 * The offset to schedule by, as the wall time at which a sample is presented (heard, seen): the device's own
 * presentation pairing when it has one and it is plausible (no earlier than the sample is produced, no later than
 * a second after), otherwise the production pairing moved on by the latency the device reports.
 */
export function presentationOffset(
  presented: number | undefined,
  produced: number | undefined,
  latencyMs: number,
): number | undefined {
  if (presented !== undefined && produced === undefined) return presented;
  if (produced === undefined) return undefined;
  if (presented !== undefined && presented >= produced - EARLY_TOLERANCE_MS && presented <= produced + MAX_LATENCY_MS)
    return presented;
  return produced + latencyMs;
}
