// Choosing the lock's passphrase, for the screens that turn the lock on or change its passphrase: one the app makes
// (offered first), the strength check of a chosen one (its word lists load only when it is first used), and copying
// a made one for a minute only.
import { formatPassphrase, PASSPHRASE_LENGTH } from '../domain/passphrase';
import { CLEAR_AFTER_MS, copySecretForAWhile } from '../platform/clipboard';
import { randomBytes } from '../platform/crypto';

/** The shortest chosen passphrase worth judging at all (the strength check has the last word). */
export const MIN_LOCK_PASSPHRASE_LENGTH = 8;

/** A new passphrase for the lock: 100 random bits in five groups of four (as backups have). */
export function newLockPassphrase(): string {
  return formatPassphrase(randomBytes(PASSPHRASE_LENGTH));
}

/** What is said when the strength check cannot load (it is not kept for offline use: it is large). */
export const STRENGTH_CHECK_UNAVAILABLE =
  'Stillpoint could not load its passphrase check, perhaps because this device is offline. Use the passphrase Stillpoint made, or try again once you are online.';

/**
 * Null when a chosen passphrase is strong enough; otherwise why not, in plain words. A passphrase that cannot be
 * judged (the check did not load) is not accepted either.
 */
export async function judgeLockPassphrase(passphrase: string): Promise<string | null> {
  try {
    const { passphraseWeakness } = await import('../lib/passphrase-strength');
    return passphraseWeakness(passphrase, ['stillpoint', 'ketamine']);
  } catch {
    return STRENGTH_CHECK_UNAVAILABLE;
  }
}

/** Copies a passphrase the app made (the lock's, a backup's) for a minute; resolves with what to tell the person. */
export async function copyMadePassphrase(passphrase: string): Promise<string> {
  const seconds = CLEAR_AFTER_MS / 1000;
  return (await copySecretForAWhile(passphrase))
    ? `The passphrase was copied. Stillpoint empties the clipboard again in ${seconds} seconds, so paste it somewhere safe now.`
    : 'It could not be copied. Please write it down from the screen.';
}
