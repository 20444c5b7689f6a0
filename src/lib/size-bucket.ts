// Padding to size buckets, so the length of a sealed value tells no more than its bucket. Pure.
//
// The buckets are powers of two from 1 KiB up to 64 KiB, then whole steps of 64 KiB. Every small record (a reading,
// a questionnaire result of any band, a plan, a contact) fills the same 1 KiB bucket, and a journal entry's length
// is known only to within a factor of two. Above 64 KiB (voice notes) doubling would waste megabytes, and the length
// of a recording says little, so the steps become fixed: at most 64 KiB of padding per record.

/** The smallest bucket. */
export const MIN_BUCKET = 1024;
/** Where doubling stops and fixed steps of this size begin. */
export const BUCKET_STEP = 64 * 1024;
/** Bytes of the length prefix in front of the content. */
const PREFIX = 4;

/** The padded size for content of this many bytes (the length prefix included). */
export function bucketFor(length: number): number {
  const needed = length + PREFIX;
  if (needed > BUCKET_STEP) return Math.ceil(needed / BUCKET_STEP) * BUCKET_STEP;
  let size = MIN_BUCKET;
  while (size < needed) size *= 2;
  return size;
}

/** Prefixes the length (4 bytes, big-endian) and fills with zeros up to the bucket. */
export function padToBucket(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bucketFor(data.length));
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(data, PREFIX);
  return out;
}

/** Removes the padding; undefined when the size is not a bucket, or the prefix or the zero fill is wrong. */
export function unpadBucket(padded: Uint8Array): Uint8Array | undefined {
  if (padded.length < PREFIX) return undefined;
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (length > padded.length - PREFIX || bucketFor(length) !== padded.length) return undefined;
  for (let i = PREFIX + length; i < padded.length; i++) if (padded[i] !== 0) return undefined;
  return padded.subarray(PREFIX, PREFIX + length);
}
