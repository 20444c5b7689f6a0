import './sharing.css';
import { useState } from 'preact/hooks';
import type { ShareItem } from '../../domain/share-item';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { Button, LinkButton } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { NobodyWatchingNotice } from '../../ui/NobodyWatchingNotice';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { DeliveryCard } from './DeliveryCard';
import { ItemDetails } from './ItemDetails';
import { buildItems, type Choice, EXPIRY_CHOICES, loadPicker, sealForCoach, sealForPassphrase } from './share-flow';

const PASSPHRASE = 'passphrase';

import { messageOf } from '../../lib/error-message';
import { useLoad } from '../../state/use-load';

/** /coach/share: pick items (private by default), preview exactly what will be sent, set an expiry, seal it. */
export function ShareScreen() {
  const picker = useLoad(loadPicker);
  const crisis = crisisLinesInForce.value;
  const [coachId, setCoachId] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Record<string, Choice>>({});
  const [expiryDays, setExpiryDays] = useState(30);
  const [preview, setPreview] = useState<ShareItem[] | null>(null);
  const [sealed, setSealed] = useState<Uint8Array<ArrayBuffer> | null>(null);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = picker.value;
  const byPassphrase = coachId === PASSPHRASE || data?.coaches.length === 0;
  const coach = byPassphrase ? undefined : (data?.coaches.find((c) => c.id === coachId) ?? data?.coaches[0]);
  const recipientName = coach?.name ?? 'them';
  const senderName = name ?? data?.name ?? '';

  function toggle(choice: Choice, on: boolean) {
    const key = `${choice.sourceId}:${choice.candidateId}`;
    const next = { ...chosen };
    if (on) next[key] = choice;
    else delete next[key];
    setChosen(next);
    setPreview(null);
  }

  async function showPreview(event: Event) {
    event.preventDefault();
    setError(null);
    if (!senderName.trim()) return setError('Write your name, so your coach knows who this is from.');
    try {
      const items = await buildItems(Object.values(chosen));
      if (items.length === 0) return setError('Choose at least one thing to share.');
      setPreview(items);
    } catch (caught) {
      setError(messageOf(caught, 'What you chose could not be read. Please try again.'));
    }
  }

  async function seal() {
    if (!preview) return;
    setError(null);
    const base = { items: preview, senderName: senderName.trim(), expiryDays };
    try {
      if (coach) setSealed(await sealForCoach({ ...base, coach }));
      else {
        const result = await sealForPassphrase(base);
        setPassphrase(result.passphrase);
        setSealed(result.sealed);
      }
    } catch (caught) {
      setError(messageOf(caught, 'The share could not be sealed. Nothing was sent. Please try again.'));
    }
  }

  if (sealed) {
    return (
      <Screen title="Share with your coach" intro={coach ? `Sealed for ${coach.name}.` : 'Sealed with a passphrase.'}>
        {passphrase ? (
          <Notice tone="caution">
            Passphrase: <strong data-testid="passphrase">{passphrase}</strong>. Tell it to them another way than the
            link (by phone or in person). Without it the share cannot be opened.
          </Notice>
        ) : null}
        <DeliveryCard sealed={sealed} kind="share" />
        <LinkButton variant="secondary" href="/coach">
          Back to Coach
        </LinkButton>
      </Screen>
    );
  }

  return (
    <Screen title="Share with your coach" intro="Everything is private until you choose it here.">
      <NobodyWatchingNotice lines={crisis.resources} label={crisis.label} />
      {picker.error ? <Notice tone="danger">{picker.error}</Notice> : null}
      {data && data.coaches.length === 0 ? (
        <Notice>No coach is paired, so this will be sealed with a passphrase you pass on yourself.</Notice>
      ) : null}
      {data ? (
        <form onSubmit={showPreview}>
          <fieldset class="card">
            <legend>
              <h2>Who</h2>
            </legend>
            {data.coaches.map((c) => (
              <label class="choice" key={c.id}>
                <input type="radio" name="coach" checked={c.id === coach?.id} onChange={() => setCoachId(c.id)} />{' '}
                {c.name} <span class="muted">(code {c.fingerprint})</span>
              </label>
            ))}
            <label class="choice">
              <input type="radio" name="coach" checked={byPassphrase} onChange={() => setCoachId(PASSPHRASE)} /> Someone
              not paired (sealed with a passphrase)
            </label>
            <Field id="sender-name" label="Your name, as your coach knows you">
              {(wiring) => (
                <input {...wiring} value={senderName} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
              )}
            </Field>
          </fieldset>
          {data.groups.map(({ source, candidates, error: sourceError }) => (
            <fieldset class="card" key={source.id}>
              <legend>
                <h2>{source.title}</h2>
              </legend>
              {sourceError ? <Notice tone="caution">{sourceError}</Notice> : null}
              {candidates.length === 0 && !sourceError ? <p class="muted">Nothing here yet.</p> : null}
              {candidates.map((candidate) => {
                const key = `${source.id}:${candidate.id}`;
                const choice = chosen[key];
                return (
                  <div key={key}>
                    <label class="choice">
                      <input
                        type="checkbox"
                        checked={choice !== undefined}
                        onChange={(e) =>
                          toggle(
                            { sourceId: source.id, candidateId: candidate.id, variantId: candidate.variants?.[0]?.id },
                            e.currentTarget.checked,
                          )
                        }
                      />{' '}
                      {candidate.label}
                    </label>
                    {choice && candidate.variants ? (
                      <div class="field">
                        <label for={`variant-${key}`}>How to share {candidate.label}</label>
                        <select
                          id={`variant-${key}`}
                          value={choice.variantId}
                          onChange={(e) => toggle({ ...choice, variantId: e.currentTarget.value }, true)}
                        >
                          {candidate.variants.map((v) => (
                            <option key={v.id} value={v.id}>
                              {v.label}
                            </option>
                          ))}
                        </select>
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
          ))}
          <div class="card">
            <div class="field">
              <label for="expiry">Your coach can open it for</label>
              <select id="expiry" value={expiryDays} onChange={(e) => setExpiryDays(Number(e.currentTarget.value))}>
                {EXPIRY_CHOICES.map((c) => (
                  <option key={c.days} value={c.days}>
                    {c.label}
                  </option>
                ))}
              </select>
              <p class="muted">
                Your coach's app removes it when the time is up. That is kept by their app: Stillpoint cannot enforce it
                on a device you do not hold.
              </p>
            </div>
            {error ? <Notice tone="danger">{error}</Notice> : null}
            <Button type="submit">Preview what will be sent</Button>
          </div>
        </form>
      ) : null}
      {preview ? (
        <section class="card" aria-labelledby="preview-title">
          <h2 id="preview-title">
            {coach ? coach.name : 'They'} will see exactly this ({preview.length}{' '}
            {preview.length === 1 ? 'item' : 'items'})
          </h2>
          <ul class="list-plain">
            {preview.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                <ItemDetails item={item} />
              </li>
            ))}
          </ul>
          <Button onClick={seal}>{coach ? `Seal for ${recipientName}` : 'Seal with a passphrase'}</Button>
        </section>
      ) : null}
    </Screen>
  );
}
