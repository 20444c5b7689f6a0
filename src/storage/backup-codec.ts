// Turns stored values into plain JSON and back. IndexedDB keeps Blobs, ArrayBuffers and typed arrays (voice notes'
// audio) that JSON cannot hold, so each becomes a tagged object carrying its bytes in base64, and is rebuilt exactly.

/** The tag that marks an encoded binary value. Part of the backup format: never change it. */
export const BINARY_TAG = '$stillpointBinary';

/** A binary value as it appears in a backup file. */
export interface EncodedBinary {
  [BINARY_TAG]: 'blob' | 'arraybuffer' | 'uint8array';
  /** The MIME type of a Blob (empty when it had none). */
  type?: string;
  base64: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CHUNK = 0x8000;

/** Bytes to base64 (chunked, so large audio does not overflow the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Base64 to bytes; undefined when the text is not canonical base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Replaces every binary value inside a stored value with its tagged base64 form (everything else is kept). */
export async function encodeValue(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const base64 = bytesToBase64(new Uint8Array(await value.arrayBuffer()));
    return { [BINARY_TAG]: 'blob', type: value.type, base64 } satisfies EncodedBinary;
  }
  if (value instanceof ArrayBuffer) {
    return { [BINARY_TAG]: 'arraybuffer', base64: bytesToBase64(new Uint8Array(value)) } satisfies EncodedBinary;
  }
  if (value instanceof Uint8Array) return { [BINARY_TAG]: 'uint8array', base64: bytesToBase64(value) };
  if (Array.isArray(value)) return Promise.all(value.map(encodeValue));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: await encodeValue(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** Thrown by decodeValue for a malformed binary tag; the restore refuses the whole file. */
export class BadBinaryError extends Error {}

/** Rebuilds binary values from their tagged form. Throws BadBinaryError on a malformed tag. */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (!isPlainObject(value)) return value;
  if (BINARY_TAG in value) return decodeBinary(value);
  const out: Record<string, unknown> = {};
  // defineProperty, not assignment: a key named "__proto__" in a file must stay a plain key, never set a prototype.
  for (const [key, inner] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      value: decodeValue(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function decodeBinary(value: Record<string, unknown>): Blob | ArrayBuffer | Uint8Array {
  const { [BINARY_TAG]: kind, type, base64, ...rest } = value;
  if (Object.keys(rest).length > 0 || typeof base64 !== 'string') throw new BadBinaryError('bad binary');
  const bytes = base64ToBytes(base64);
  if (!bytes) throw new BadBinaryError('bad base64');
  if (kind === 'blob' && typeof type === 'string') return new Blob([bytes], { type });
  if (type !== undefined) throw new BadBinaryError('unexpected type');
  if (kind === 'arraybuffer') return bytes.buffer;
  if (kind === 'uint8array') return bytes;
  throw new BadBinaryError('unknown binary kind');
}
