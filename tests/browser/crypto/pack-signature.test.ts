import { describe, expect, it } from 'vitest';
import { SignedPackSchema, signatureOf } from '../../../src/domain/pack-signature';
import { verifyPackSignature } from '../../../src/platform/pack-signature';
import { makePack } from '../../fixtures/safety-builders';
import { makeClinicKey, signPack } from '../../fixtures/signed-pack';
import { NODE_SIGNED_PACK, NODE_SIGNED_PACK_CODE } from '../../fixtures/signed-pack-vector';

function signatureIn(signed: unknown) {
  const parsed = SignedPackSchema.parse(signed);
  const signature = signatureOf(parsed);
  if (!signature) throw new Error('the signed pack does not decode');
  return signature;
}

describe('clinic pack signatures in the browser', () => {
  it('verifies a pack signed here, and names its key by the code people compare', async () => {
    const key = await makeClinicKey();
    const signer = await verifyPackSignature(signatureIn(await signPack(makePack(), key)));
    expect(signer?.publicKey).toBe(key.publicKey);
    expect(signer?.fingerprint).toMatch(/^(\w{4} ){4}\w{4}$/);
    expect(signer?.id).toMatch(/^clinic-[\w-]{22}$/);
  });

  it('refuses the pack once one number in it changed', async () => {
    const signed = await signPack(makePack(), await makeClinicKey());
    const tampered = structuredClone(signed) as typeof signed & { pack: ReturnType<typeof makePack> };
    tampered.pack.readiness.bloodPressure.hold.systolic += 1;
    expect(await verifyPackSignature(signatureIn(tampered))).toBeUndefined();
  });

  it('refuses a signature made by another key than the one the pack carries', async () => {
    const carried = await makeClinicKey();
    const signed = await signPack(makePack(), await makeClinicKey(), carried.publicKey);
    expect(await verifyPackSignature(signatureIn(signed))).toBeUndefined();
  });

  it('verifies what the clinic command signed in Node, with the code it printed', async () => {
    const signer = await verifyPackSignature(signatureIn(NODE_SIGNED_PACK));
    expect(signer?.fingerprint).toBe(NODE_SIGNED_PACK_CODE);
    const moved = { ...NODE_SIGNED_PACK, pack: { ...NODE_SIGNED_PACK.pack, text: 'Unicode' } };
    expect(await verifyPackSignature(signatureIn(moved))).toBeUndefined();
  });
});
