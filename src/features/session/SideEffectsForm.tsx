import { useState } from 'preact/hooks';
import { needsCareTeam, type Severity, type SideEffect, type SideEffectKind } from '../../domain/after-session';
import type { CarePlan } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import { telHref } from '../../lib/phone-links';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import type { SessionRecordHandle } from './use-session-record';

const KINDS: { kind: SideEffectKind; label: string }[] = [
  { kind: 'nausea', label: 'Nausea' },
  { kind: 'vomiting', label: 'Vomiting' },
  { kind: 'dizziness', label: 'Dizziness' },
  { kind: 'headache', label: 'Headache' },
  { kind: 'bladder', label: 'Bladder or urinary pain' },
  { kind: 'other', label: 'Something else' },
];

const LEVELS: { value: Severity | 'none'; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

type Levels = Partial<Record<SideEffectKind, Severity>>;

function levelsOf(effects: readonly SideEffect[]): Levels {
  return Object.fromEntries(effects.map((effect) => [effect.kind, effect.severity]));
}

/** Side effects after the session, each with how strong it was; a severe one points to the care team. */
export function SideEffectsForm(props: {
  session: SessionRecord;
  carePlan: CarePlan;
  change: SessionRecordHandle['change'];
}) {
  const { session, carePlan, change } = props;
  const stored = session.afterSession?.sideEffects ?? [];
  const [levels, setLevels] = useState<Levels>(() => levelsOf(stored));
  const [otherText, setOtherText] = useState(stored.find((e) => e.kind === 'other')?.text ?? '');
  const [saved, setSaved] = useState(false);

  const effects: SideEffect[] = KINDS.flatMap(({ kind }) => {
    const severity = levels[kind];
    if (!severity) return [];
    return kind === 'other' && otherText.trim() ? [{ kind, severity, text: otherText.trim() }] : [{ kind, severity }];
  });

  async function save(event: Event) {
    event.preventDefault();
    const ok = await change((s) => ({
      ...s,
      afterSession: { ...s.afterSession, sideEffects: effects, recordedAt: new Date().toISOString() },
    }));
    setSaved(ok);
  }

  function choose(kind: SideEffectKind, value: Severity | 'none') {
    setSaved(false);
    const next = { ...levels };
    if (value === 'none') delete next[kind];
    else next[kind] = value;
    setLevels(next);
  }

  return (
    <form class="card" aria-labelledby="effects-title" onSubmit={save}>
      <h2 id="effects-title">How you feel</h2>
      <p>Record anything you noticed, and how strong it was.</p>
      {KINDS.map(({ kind, label }) => (
        <fieldset key={kind}>
          <legend>{label}</legend>
          <div class="tile-group">
            {LEVELS.map((level) => (
              <label class="tile" key={level.value}>
                <input
                  type="radio"
                  name={`effect-${kind}`}
                  checked={(levels[kind] ?? 'none') === level.value}
                  onChange={() => choose(kind, level.value)}
                />
                {level.label}
              </label>
            ))}
          </div>
          {kind === 'other' && levels.other ? (
            <Field id="effect-other-text" label="What was it?">
              {(wiring) => (
                <input
                  {...wiring}
                  maxLength={500}
                  value={otherText}
                  onInput={(e) => setOtherText(e.currentTarget.value)}
                />
              )}
            </Field>
          ) : null}
        </fieldset>
      ))}
      {needsCareTeam(effects) ? <CareTeamNotice carePlan={carePlan} /> : null}
      <Button type="submit" large>
        Save how you feel
      </Button>
      {saved ? <Notice>Saved with this session.</Notice> : null}
    </form>
  );
}

function CareTeamNotice({ carePlan }: { carePlan: CarePlan }) {
  const team = carePlan.careTeam;
  return (
    <Notice tone="danger">
      <p>A severe side effect: tell your care team now.</p>
      {team?.phone ? (
        <a class="btn btn--danger" href={telHref(team.phone)}>
          Call your care team{team.name ? ` (${team.name})` : ''}: {team.phone}
        </a>
      ) : (
        <p>
          Your care team's number is not in your care plan. If you feel in danger, <a href="/emergency">get help now</a>
          .
        </p>
      )}
    </Notice>
  );
}
