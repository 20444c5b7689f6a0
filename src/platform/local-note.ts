// Small notes in localStorage that speed up start-up or survive a reload (the settings and lock hints, the count of
// wrong passphrases). Never health data. IndexedDB stays the source of truth, so a full, blocked or missing
// localStorage only costs the shortcut: reads give undefined and writes are dropped.

/** The JSON value stored under the key, or undefined when absent, unreadable or blocked. */
export function readLocalNote(key: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the value as JSON under the key; undefined removes it. Failures are dropped (see above). */
export function writeLocalNote(key: string, value: unknown): void {
  try {
    if (value === undefined) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Only the shortcut is lost.
  }
}
