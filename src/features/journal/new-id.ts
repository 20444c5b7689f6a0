/** A new random id for an entry, voice note or follow-up. */
export function newId(): string {
  return crypto.randomUUID();
}
