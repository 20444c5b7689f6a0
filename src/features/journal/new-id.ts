/** A new random id for an entry, voice note or check-in. */
export function newId(): string {
  return crypto.randomUUID();
}
