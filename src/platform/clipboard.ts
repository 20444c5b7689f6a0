// Copying a secret (a generated passphrase) to the clipboard for a short while only: after CLEAR_AFTER_MS the
// clipboard is emptied, unless it can be read and holds something else by then (the person copied over it).

/** How long a copied secret stays on the clipboard. */
export const CLEAR_AFTER_MS = 60_000;

/** The clipboard and timers used: the real ones by default; tests pass fakes. */
export interface ClipboardWorld {
  clipboard: Pick<Clipboard, 'writeText'> & Partial<Pick<Clipboard, 'readText'>>;
  setTimeout(run: () => void, ms: number): unknown;
  /** Calls `run` once when the page has focus again (a clipboard write needs it). */
  onNextFocus(run: () => void): void;
}

function realWorld(): ClipboardWorld {
  return {
    clipboard: navigator.clipboard,
    setTimeout: (run, ms) => setTimeout(run, ms),
    onNextFocus: (run) => window.addEventListener('focus', run, { once: true }),
  };
}

async function stillHolds(world: ClipboardWorld, secret: string): Promise<boolean> {
  try {
    const current = await world.clipboard.readText?.();
    // Not readable here (no permission, or the browser has no readText): empty it, as the person was told.
    return current === undefined ? true : current === secret;
  } catch {
    return true;
  }
}

async function clear(world: ClipboardWorld, secret: string, retried: boolean): Promise<void> {
  if (!(await stillHolds(world, secret))) return;
  try {
    await world.clipboard.writeText('');
  } catch {
    // The page had no focus (a write needs it): try once more when it comes back.
    if (!retried) world.onNextFocus(() => void clear(world, secret, true));
  }
}

/** Copies the secret, and empties the clipboard again after CLEAR_AFTER_MS. Resolves false when it could not copy. */
export async function copySecretForAWhile(secret: string, world: ClipboardWorld = realWorld()): Promise<boolean> {
  try {
    await world.clipboard.writeText(secret);
  } catch {
    return false;
  }
  world.setTimeout(() => void clear(world, secret, false), CLEAR_AFTER_MS);
  return true;
}
