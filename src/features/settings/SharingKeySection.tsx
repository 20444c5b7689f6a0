import { useState } from 'preact/hooks';
import { useLoad } from '../../state/use-load';
import { listContacts } from '../../storage/contacts-store';
import { hasUnsealableIdentity, replaceUnsealableIdentity } from '../../storage/keys-store';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useSubmit } from '../../ui/use-submit';

/** What the section needs to know: whether the sharing key is an old one, and how many people would pair again. */
interface KeyState {
  unsealable: boolean;
  paired: number;
}

async function readKeyState(): Promise<KeyState> {
  const unsealable = await hasUnsealableIdentity();
  if (!unsealable) return { unsealable, paired: 0 };
  const contacts = await listContacts();
  return { unsealable, paired: contacts.filter((c) => c.role !== 'clinic' && !c.removedAt).length };
}

/**
 * A sharing key made by an earlier version is a browser key that can never be exported, so the lock cannot seal it:
 * it and its name stay readable on the disk. This says so, and offers a new key the lock can seal, at the price the
 * person must know first: everyone paired with them pairs again.
 */
export function SharingKeySection() {
  const state = useLoad(readKeyState, [], 'Your sharing key could not be read.');
  const [asking, setAsking] = useState(false);
  const [replaced, setReplaced] = useState(false);
  const submit = useSubmit('A new sharing key could not be made. Nothing was changed.');
  if (replaced) {
    return (
      <section class="card" aria-labelledby="sharing-key-title">
        <h2 id="sharing-key-title">Your sharing key</h2>
        <p role="status">
          Done. Your new sharing key is locked with everything else. Pair again with the people you share with.
        </p>
      </section>
    );
  }
  if (!state.value?.unsealable) return null;
  const { paired } = state.value;
  const replace = async () => {
    if (await submit.run(replaceUnsealableIdentity)) setReplaced(true);
  };
  return (
    <section class="card" aria-labelledby="sharing-key-title">
      <h2 id="sharing-key-title">Your sharing key</h2>
      <p>
        Your sharing key was made by an earlier version of Stillpoint and cannot be locked: while Stillpoint is locked,
        the key and your sharing name can still be read from this device's storage.
      </p>
      <p>
        A new key can be locked.{' '}
        {paired > 0
          ? `You are paired with ${paired === 1 ? '1 person' : `${paired} people`}; each will need to pair with you again, and anything sent to the old key before then cannot be opened.`
          : 'Anything sent to the old key cannot be opened after the change.'}
      </p>
      <FormError message={submit.error} />
      {asking ? (
        <div class="btn-row">
          <Button variant="danger" disabled={submit.busy} onClick={replace}>
            {submit.busy ? 'Making a new key…' : 'Make a new key'}
          </Button>
          <Button variant="secondary" disabled={submit.busy} onClick={() => setAsking(false)}>
            Keep the old key
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          Make a new sharing key
        </Button>
      )}
    </section>
  );
}
