// What the pack screen says when a pack is stopped or a clinic's key is checked: plain, calm, and always saying
// that nothing was changed.
import type { ClinicKey, PackSigner } from '../../domain/pack-trust';

/** A pack that uses a pinned clinic's name without that clinic's key. */
export function lookAlikeWords(clinic: ClinicKey, signer: PackSigner | undefined): string {
  const how = signer
    ? `it is signed with a different key (code ${signer.fingerprint})`
    : 'it is not signed with their key';
  return `Stopped. This pack says it is from ${clinic.name}, but ${how}. The key you checked for ${clinic.name} has the code ${clinic.fingerprint}. The pack was not applied, and nothing was changed. Call ${clinic.name} on a number you already know. If they really have a new key, remove the old one under "Clinics you checked", then open this pack again.`;
}

/** The person picked or typed something that is not the end of the key's code. */
export function mismatchWords(publisher: string): string {
  return `That is not the end of this key's code, so the key was not pinned and the pack was not applied. Nothing was changed. The pack may have been changed on the way, or it is not from ${publisher}. Ask your clinic to send it again, and compare once more.`;
}

/** The key was checked and pinned. */
export function pinnedWords(publisher: string): string {
  return `The key is pinned. Packs signed with it are now shown as from ${publisher}, verified.`;
}
