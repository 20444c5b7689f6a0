import { useMemo, useState } from 'preact/hooks';
import { compareChoices, matchesLastGroup } from '../../domain/pairing-check';
import { randomBytes } from '../../platform/crypto';
import { LastGroupCheck } from '../../ui/LastGroupCheck';
import { Notice } from '../../ui/Notice';

/**
 * The comparison as an action: the patient picks (or types) the last group of the code their coach reads out.
 * A wrong answer ends this attempt: nothing is pinned, and the invite has to come again.
 */
export function CompareCode(props: { name: string; fingerprint: string; onMatch: () => void }) {
  const choices = useMemo(() => compareChoices(props.fingerprint, randomBytes(64)), [props.fingerprint]);
  const [wrong, setWrong] = useState(false);

  if (wrong) {
    return (
      <Notice tone="danger">
        That is not the end of this invite's code, so {props.name} was not pinned. The invite may have been changed on
        the way, or it is not from {props.name}. Ask them to send it again, and compare once more.
      </Notice>
    );
  }
  return (
    <LastGroupCheck
      choices={choices}
      legend={
        <>
          Ask {props.name} to read you the <strong>last four characters</strong> of the code on their screen. Which did
          they read?
        </>
      }
      typedLabel="Or type the last four characters they read"
      emptyText={`Pick or type what ${props.name} read out first.`}
      submitLabel={`Check and pin ${props.name}`}
      idPrefix="coach"
      onAnswer={(answer) => (matchesLastGroup(props.fingerprint, answer) ? props.onMatch() : setWrong(true))}
    />
  );
}
