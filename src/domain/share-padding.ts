// Padding hides the exact length of what was shared: every sealed payload is a whole number of KiB.

/** The padding block: sealed payloads are a multiple of this many bytes. */
export const PAD_BLOCK = 1024;

/** Prefixes the length (4 bytes, big-endian) and pads with zeros up to a multiple of PAD_BLOCK. */
export function pad(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const total = Math.ceil((data.length + 4) / PAD_BLOCK) * PAD_BLOCK;
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(data, 4);
  return out;
}

/** Removes the padding; undefined when the length prefix or the zero fill is wrong. */
export function unpad(padded: Uint8Array): Uint8Array | undefined {
  if (padded.length < 4 || padded.length % PAD_BLOCK !== 0) return undefined;
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (length > padded.length - 4) return undefined;
  for (let i = 4 + length; i < padded.length; i++) if (padded[i] !== 0) return undefined;
  return padded.subarray(4, 4 + length);
}
