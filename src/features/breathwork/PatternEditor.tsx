import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import {
  type BreathPattern,
  type BreathPhaseKind,
  MAX_PHASES,
  type PatternProblem,
  patternProblems,
} from '../../domain/breath-pattern';
import { deleteCustomPattern, loadCustomPattern, saveCustomPattern } from '../../storage/breath-patterns-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import './breathwork.css';
import { messageOf } from '../../lib/error-message';

interface PhaseRow {
  kind: BreathPhaseKind;
  /** As typed, so a half-typed number is never lost. */
  seconds: string;
}

const KIND_LABELS: Record<BreathPhaseKind, string> = {
  inhale: 'Breathe in',
  'top-up': 'Top up the breath in',
  hold: 'Hold',
  exhale: 'Breathe out',
};

const NEW_ROWS: PhaseRow[] = [
  { kind: 'inhale', seconds: '4' },
  { kind: 'hold', seconds: '2' },
  { kind: 'exhale', seconds: '6' },
];

function problemsOf(name: string, rows: PhaseRow[]): PatternProblem[] {
  const unreadable = rows.flatMap((row, index) =>
    row.seconds.trim() === '' || !Number.isFinite(Number(row.seconds))
      ? [{ field: `phase-${index}`, message: 'Enter a number of seconds, for example 4 or 5.5.' }]
      : [],
  );
  if (unreadable.length > 0) return unreadable;
  return patternProblems({ name, phases: rows.map((row) => ({ kind: row.kind, seconds: Number(row.seconds) })) });
}

/** Make, change or delete one of your own breath patterns; mistakes are explained next to the field. */
export function PatternEditor() {
  const { params } = useRoute();
  const { route } = useLocation();
  const editingId = params.patternId;
  const [existing, setExisting] = useState<BreathPattern | null | undefined>(editingId ? undefined : null);
  const [name, setName] = useState('');
  const [rows, setRows] = useState<PhaseRow[]>(NEW_ROWS);
  const [problems, setProblems] = useState<PatternProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    if (!editingId) return;
    loadCustomPattern(editingId).then(
      (found) => {
        setExisting(found ?? null);
        if (found) {
          setName(found.name);
          setRows(found.phases.map((p) => ({ kind: p.kind, seconds: String(p.seconds) })));
        }
      },
      () => setExisting(null),
    );
  }, [editingId]);

  if (existing === undefined) return <Screen title="Edit pattern" />;
  if (editingId && existing === null) {
    return (
      <Screen title="Pattern not found">
        <p>This pattern could not be found. It may have been deleted.</p>
        <LinkButton href="/breathe">Back to Breathe</LinkButton>
      </Screen>
    );
  }

  const setRow = (index: number, patch: Partial<PhaseRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function save(event: Event) {
    event.preventDefault();
    const found = problemsOf(name, rows);
    setProblems(found);
    setError(null);
    if (found.length > 0) return;
    const now = new Date().toISOString();
    const pattern: BreathPattern = {
      id: existing?.id ?? `custom-${crypto.randomUUID()}`,
      name: name.trim(),
      phases: rows.map((row) => ({ kind: row.kind, seconds: Number(row.seconds) })),
      defaultMinutes: existing?.defaultMinutes ?? 5,
      custom: true,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    try {
      await saveCustomPattern(pattern);
      route('/breathe');
    } catch (caught) {
      setError(messageOf(caught, 'Could not save the pattern. Please try again.'));
    }
  }

  async function remove() {
    if (!existing) return;
    try {
      await deleteCustomPattern(existing.id);
      route('/breathe');
    } catch (caught) {
      setError(messageOf(caught, 'Could not delete the pattern.'));
    }
  }

  const problemFor = (field: string) => problems.find((p) => p.field === field)?.message;
  const general = problems.filter((p) => p.field === 'phases');

  return (
    <Screen title={existing ? `Edit ${existing.name}` : 'Make a pattern'}>
      <form onSubmit={save} noValidate>
        <label class="field">
          <span>Name</span>
          <input
            value={name}
            maxLength={80}
            aria-invalid={problemFor('name') ? true : undefined}
            aria-describedby={problemFor('name') ? 'name-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {problemFor('name') ? (
            <span id="name-error" class="field__error">
              {problemFor('name')}
            </span>
          ) : null}
        </label>
        <fieldset class="card">
          <legend>
            <h2>Phases</h2>
          </legend>
          <p class="field__hint">Seconds from 0 to 30. A phase of 0 seconds is skipped.</p>
          {rows.map((row, index) => {
            const problem = problemFor(`phase-${index}`);
            return (
              <div class="phase-row" key={index}>
                <div class="field">
                  <label for={`phase-${index}-kind`}>Phase {index + 1}</label>
                  <select
                    id={`phase-${index}-kind`}
                    value={row.kind}
                    onChange={(e) => setRow(index, { kind: e.currentTarget.value as BreathPhaseKind })}
                  >
                    {Object.entries(KIND_LABELS).map(([kind, label]) => (
                      <option key={kind} value={kind}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
                <label class="field">
                  <span>Seconds for phase {index + 1}</span>
                  <input
                    inputMode="decimal"
                    value={row.seconds}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `phase-${index}-error` : undefined}
                    onInput={(e) => setRow(index, { seconds: e.currentTarget.value })}
                  />
                </label>
                <Button
                  variant="secondary"
                  onClick={() => setRows(rows.filter((_, i) => i !== index))}
                  disabled={rows.length <= 1}
                >
                  Remove phase {index + 1}
                </Button>
                {problem ? (
                  <span id={`phase-${index}-error`} class="field__error">
                    {problem}
                  </span>
                ) : null}
              </div>
            );
          })}
          {rows.length < MAX_PHASES ? (
            <Button variant="secondary" onClick={() => setRows([...rows, { kind: 'hold', seconds: '2' }])}>
              Add a phase
            </Button>
          ) : null}
        </fieldset>
        {general.length > 0 ? (
          <Notice tone="caution">
            {general.map((p) => (
              <p key={p.message}>{p.message}</p>
            ))}
          </Notice>
        ) : null}
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <div class="btn-row">
          <Button type="submit">Save pattern</Button>
          <LinkButton variant="secondary" href="/breathe">
            Cancel
          </LinkButton>
        </div>
      </form>
      {existing ? (
        confirmDelete ? (
          <Notice tone="caution">
            <p>Delete “{existing.name}”? Practices you have already logged stay in your log.</p>
            <div class="btn-row">
              <Button variant="danger" onClick={remove}>
                Yes, delete it
              </Button>
              <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </div>
          </Notice>
        ) : (
          <Button variant="danger" onClick={() => setConfirmDelete(true)}>
            Delete pattern
          </Button>
        )
      ) : null}
    </Screen>
  );
}
