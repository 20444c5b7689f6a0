import { useMemo } from 'preact/hooks';
import type { PackSigner, PackTrust } from '../../domain/pack-trust';
import { compareChoices, matchesLastGroup } from '../../domain/pairing-check';
import { randomBytes } from '../../platform/crypto';
import { LastGroupCheck } from '../../ui/LastGroupCheck';
import { Notice } from '../../ui/Notice';

/** Who made the pack under review: verified, signed but not pinned yet (with the comparison), or not signed. */
export function PackTrustNotice(props: {
  trust: Exclude<PackTrust, { kind: 'look-alike' }>;
  publisher: string;
  onCompared: (signer: PackSigner, matched: boolean) => void;
}) {
  const { trust } = props;
  if (trust.kind === 'verified') {
    return (
      <Notice>
        <strong data-testid="pack-trust">Signed by {trust.clinic.name}, verified.</strong> It is signed with the key you
        pinned for them (code {trust.clinic.fingerprint}), and nothing in it changed after they signed it.
      </Notice>
    );
  }
  if (trust.kind === 'unpinned') {
    return (
      <>
        <Notice tone="caution">
          <p>
            <strong data-testid="pack-trust">Signed, not checked yet.</strong> It is signed with a key this device has
            not seen before. Check the key once, and later packs signed with it are verified.
          </p>
          <p>
            Its code: <strong data-testid="clinic-fingerprint">{trust.signer.fingerprint}</strong>
          </p>
        </Notice>
        <CompareClinic
          signer={trust.signer}
          publisher={props.publisher}
          onCompared={(matched) => props.onCompared(trust.signer, matched)}
        />
      </>
    );
  }
  return (
    <Notice tone="caution">
      <strong data-testid="pack-trust">Not verified.</strong> This pack is not signed, so Stillpoint cannot tell who
      made it or whether it was changed on the way. Check with your clinic that they sent it.
    </Notice>
  );
}

/** The comparison as an action: pick or type the last group of the code printed on the clinic's papers. */
function CompareClinic(props: { signer: PackSigner; publisher: string; onCompared: (matched: boolean) => void }) {
  const { fingerprint } = props.signer;
  const choices = useMemo(() => compareChoices(fingerprint, randomBytes(64)), [fingerprint]);
  return (
    <LastGroupCheck
      choices={choices}
      legend={
        <>
          Find the code on the papers {props.publisher} gave you. Which are its <strong>last four characters</strong>?
        </>
      }
      typedLabel="Or type the last four characters from the papers"
      emptyText="Pick or type the last four characters from the papers first."
      submitLabel={`Check and pin ${props.publisher}`}
      idPrefix="clinic"
      onAnswer={(answer) => props.onCompared(matchesLastGroup(fingerprint, answer))}
    />
  );
}
