// The shape of a record the app lock sealed: shared by the lock's light core (at-rest.ts) and its cipher.

/** The field a sealed record keeps its ciphertext in. Stored on people's devices: never rename it. */
export const SEALED_FIELD = '$sealed';

/** The encrypted part of a sealed record. */
export interface SealedPart {
  /** The schema version when it was sealed (part of the associated data). */
  v: number;
  /** The sealing format: absent for the first (unpadded, clear fields not bound), 2 for padded and bound. */
  f?: number;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** Whether a stored value is a sealed record. */
export function isSealed(value: unknown): value is Record<string, unknown> & { [SEALED_FIELD]: SealedPart } {
  if (typeof value !== 'object' || value === null || !(SEALED_FIELD in value)) return false;
  const part = (value as Record<string, unknown>)[SEALED_FIELD];
  if (typeof part !== 'object' || part === null) return false;
  const { v, f, iv, data } = part as Record<string, unknown>;
  return (
    typeof v === 'number' &&
    (f === undefined || typeof f === 'number') &&
    iv instanceof Uint8Array &&
    data instanceof Uint8Array
  );
}

/** The clear fields of a sealed record (what the emergency card may show while locked); undefined for a plain one. */
export function lockedView(value: unknown): Record<string, unknown> | undefined {
  if (!isSealed(value)) return undefined;
  const { [SEALED_FIELD]: _sealed, ...clear } = value;
  return clear;
}
