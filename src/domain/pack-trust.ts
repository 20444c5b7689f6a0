// How far a clinic pack can be trusted, once its signature (if any) has been checked: signed by a clinic key the
// person pinned, signed by a key not pinned yet, not signed, or stopped because it borrows a pinned clinic's name.
import { nameKey } from './pairing-check';
import type { Contact } from './share-records';

/** A pinned clinic key: a contact whose role is clinic. */
export type ClinicKey = Contact & { role: 'clinic' };

/** The key that signed a pack, after its signature was found good. */
export interface PackSigner {
  /** The contact id the key is pinned under (see clinicKeyId). */
  id: string;
  /** The raw public key, base64url. */
  publicKey: string;
  /** The fingerprint people compare, in groups. */
  fingerprint: string;
}

/** What the person is shown about who made a pack. */
export type PackTrust =
  /** Signed by a key the person pinned: shown as verified, and it may loosen rules without a second confirmation. */
  | { kind: 'verified'; clinic: ClinicKey }
  /** Signed, by a key not pinned yet: the person can pin it by comparing its fingerprint. */
  | { kind: 'unpinned'; signer: PackSigner }
  /** Not signed: shown as not verified. */
  | { kind: 'unsigned' }
  /** Says it is from a pinned clinic, but is not signed by that clinic's key: stopped. */
  | { kind: 'look-alike'; clinic: ClinicKey; signer?: PackSigner };

/** The contact id of a clinic key, kept apart from coach and patient ids (which are bare key ids). */
export function clinicKeyId(keyId: string): string {
  return `clinic-${keyId}`;
}

/** Whether a contact is a pinned clinic key. */
export function isClinicKey(contact: Contact): contact is ClinicKey {
  return contact.role === 'clinic';
}

/**
 * Decides how a pack is shown. The pinned key decides first: a pack signed by it is verified whatever its publisher
 * says. Otherwise a publisher that reads like a pinned clinic's name, under another key or none, is stopped.
 */
export function packTrust(
  pack: { publisher: string },
  signer: PackSigner | undefined,
  clinics: readonly ClinicKey[],
): PackTrust {
  const pinned = signer ? clinics.find((clinic) => clinic.id === signer.id && !clinic.removedAt) : undefined;
  if (pinned) return { kind: 'verified', clinic: pinned };
  const key = nameKey(pack.publisher);
  const named = clinics.find((clinic) => !clinic.removedAt && key !== '' && nameKey(clinic.name) === key);
  if (named) return signer ? { kind: 'look-alike', clinic: named, signer } : { kind: 'look-alike', clinic: named };
  return signer ? { kind: 'unpinned', signer } : { kind: 'unsigned' };
}

/** Whether a pack may loosen a rule without the second confirmation: only one signed by a pinned clinic key. */
export function mayLoosenAtOnce(trust: PackTrust): boolean {
  return trust.kind === 'verified';
}
