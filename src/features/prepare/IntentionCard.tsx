import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

const PROMPTS = [
  'What would you like to understand better?',
  'What would you like to let go of, even a little?',
  'How would you like to treat yourself during the session?',
  'One word you could come back to if things feel hard.',
];

/** Props of the intention card. */
export interface IntentionCardProps {
  intention: string;
  /** Saves the intention with the session; rejects with a plain message. */
  onSave(text: string): Promise<void>;
}

/** A few gentle prompts and a place to write an intention, kept with the session. */
export function IntentionCard({ intention, onSave }: IntentionCardProps) {
  const [text, setText] = useState(intention);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(text.trim());
      setStatus({ tone: 'ok', message: 'Your intention is saved with this session.' });
    } catch (caught) {
      // The typed text stays in the box; only the message changes.
      setStatus({ tone: 'error', message: messageOf(caught, 'That did not save.') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" aria-labelledby="intention-title" onSubmit={save}>
      <h2 id="intention-title">Your intention</h2>
      <p>An intention is a gentle direction, not a goal to reach. A few words are enough. Some prompts:</p>
      <ul>
        {PROMPTS.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <Field id="intention-text" label="Your intention for this session">
        {(wiring) => (
          <textarea
            {...wiring}
            value={text}
            maxLength={2000}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setStatus(null);
            }}
          />
        )}
      </Field>
      <p class={status?.tone === 'error' ? 'field__error' : 'muted'} role="status">
        {status?.message ?? ''}
      </p>
      <Button type="submit" disabled={busy}>
        Save intention
      </Button>
    </form>
  );
}
