// Deflate through the browser's CompressionStream: no library, and streamed so a hostile payload cannot balloon.

/** The most a decompressed share may grow to; more is treated as a damaged (or hostile) share. */
export const MAX_INFLATED_BYTES = 20 * 1024 * 1024;

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function through(data: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([new Uint8Array(data)]).stream().pipeThrough(transform);
}

/** Compresses bytes with raw deflate. */
export async function compress(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const out = await collect(through(data, new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  return out ?? new Uint8Array();
}

/** Decompresses raw deflate; undefined when the data is damaged or inflates past the limit. */
export async function decompress(data: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<Uint8Array | undefined> {
  try {
    return await collect(through(data, new DecompressionStream('deflate-raw')), limit);
  } catch {
    return undefined;
  }
}
