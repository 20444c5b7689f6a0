import { useRef, useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { newPassphraseProblem } from '../../lib/new-passphrase';
import { changeLockPassphrase } from '../../state/app-lock';
import { judgeLockPassphrase, MIN_LOCK_PASSPHRASE_LENGTH } from '../../state/lock-passphrase';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { WaitNotice } from '../../ui/WaitNotice';
import type { LockActionProps } from './TurnOnLock';
import { usePassphraseTries, WRONG_PASSPHRASE } from './use-passphrase-tries';

type Field = 'current' | 'passphrase' | 'confirm';

/** Change the passphrase: the current one, then the new one twice. Entries are not touched, only the key's wrapping. */
export function ChangePassphraseForm({ busy, setBusy, onDone }: LockActionProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tries = usePassphraseTries();
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const refFor = { current: currentRef, passphrase: nextRef, confirm: confirmRef };

  function show(field: Field, message: string) {
    setProblem({ field, message });
    refFor[field].current?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || tries.waitLeft > 0) return;
    if (!current) return show('current', 'Type your current passphrase.');
    const found = newPassphraseProblem(next, confirm, MIN_LOCK_PASSPHRASE_LENGTH);
    if (found) return show(found.field, found.message);
    const weakness = await judgeLockPassphrase(next);
    if (weakness) return show('passphrase', weakness);
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      if (tries.record(await changeLockPassphrase(current, next))) {
        setCurrent('');
        setNext('');
        setConfirm('');
        onDone('Your passphrase is changed. Use the new one from now on.');
      } else currentRef.current?.focus();
    } catch (caught) {
      setError(messageOf(caught, 'The passphrase could not be changed. The old one still works.'));
    } finally {
      setBusy(false);
    }
  }

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setProblem(null);
    tries.clear();
  };
  const errorFor = (field: Field) => (problem?.field === field ? problem.message : null);

  return (
    <form class="card" aria-labelledby="change-passphrase-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="change-passphrase-title">Change the passphrase</h2>
      <PassphraseInput
        id="change-current"
        label="Current passphrase"
        autocomplete="current-password"
        value={current}
        error={errorFor('current')}
        inputRef={currentRef}
        onInput={edit(setCurrent)}
      />
      {tries.wrong ? (
        <Notice key={tries.wrong} tone="caution">
          {WRONG_PASSPHRASE}
        </Notice>
      ) : null}
      <WaitNotice until={tries.waitUntil} left={tries.waitLeft} />
      <PassphraseInput
        id="change-passphrase"
        label="New passphrase"
        autocomplete="new-password"
        hint="A few words no one could guess. No one can recover it if it is forgotten."
        value={next}
        error={errorFor('passphrase')}
        inputRef={nextRef}
        onInput={edit(setNext)}
      />
      <PassphraseInput
        id="change-confirm"
        label="New passphrase again"
        autocomplete="new-password"
        value={confirm}
        error={errorFor('confirm')}
        inputRef={confirmRef}
        onInput={edit(setConfirm)}
      />
      <Button type="submit" variant="secondary" disabled={busy || tries.waitLeft > 0}>
        Change the passphrase
      </Button>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </form>
  );
}
