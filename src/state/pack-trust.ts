// The one place that decides who made a clinic pack before it is shown: checks its signature, compares the key with
// the pinned clinic keys, and pins or unpins a clinic key.
import { type ClinicKey, type PackSigner, type PackTrust, packTrust } from '../domain/pack-trust';
import type { ProtocolPack } from '../domain/protocol-pack';
import type { PackParse } from '../domain/protocol-pack-import';
import { verifyPackSignature } from '../platform/pack-signature';
import { listClinicKeys, pinClinicKey, removeClinicKey } from '../storage/clinic-keys-store';

/** A pack ready to be shown, with what is known of who made it, or the reason it was refused. */
export type CheckedPack = { ok: true; pack: ProtocolPack; trust: PackTrust } | { ok: false; message: string };

/** The refusal of a pack whose signature does not match it. */
export const BAD_SIGNATURE_MESSAGE =
  'This pack was refused: its signature does not match it. It may have been changed after your clinic signed it. Nothing was changed. Ask your clinic to send it again.';

/** Checks a read pack's signature (when it has one) against the pinned clinic keys. */
export async function checkPack(parsed: PackParse): Promise<CheckedPack> {
  if (!parsed.ok) return parsed;
  let signer: PackSigner | undefined;
  if (parsed.signature) {
    signer = await verifyPackSignature(parsed.signature);
    if (!signer) return { ok: false, message: BAD_SIGNATURE_MESSAGE };
  }
  return { ok: true, pack: parsed.pack, trust: packTrust(parsed.pack, signer, await listClinicKeys()) };
}

/** Pins the key that signed a pack under the clinic's name (after the person compared its fingerprint). */
export async function pinClinic(signer: PackSigner, name: string): Promise<ClinicKey> {
  const clinic: ClinicKey = {
    id: signer.id,
    role: 'clinic',
    name,
    publicKey: signer.publicKey,
    fingerprint: signer.fingerprint,
    addedAt: new Date().toISOString(),
  };
  await pinClinicKey(clinic);
  return clinic;
}

/** The pinned clinic keys, for Settings. */
export function pinnedClinics(): Promise<ClinicKey[]> {
  return listClinicKeys();
}

/** Unpins a clinic key: its next pack is shown as not pinned, and asks for the comparison again. */
export function unpinClinic(id: string): Promise<void> {
  return removeClinicKey(id);
}
