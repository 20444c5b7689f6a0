import { useRoute } from 'preact-iso';
import { type BreathPattern, rhythmLabel } from '../../domain/breath-pattern';
import { isOpen, type PracticeRecord } from '../../domain/breath-practice';
import { useLoad } from '../../state/use-load';
import { listPractices } from '../../storage/practices-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { PracticeLog } from './PracticeLog';
import { allPatterns, minutesFromQuery } from './patterns';
import { StartPractice } from './StartScreen';
import './breathwork.css';

function PatternCard({ pattern }: { pattern: BreathPattern }) {
  return (
    <li class="card">
      <h3>{pattern.name}</h3>
      <p class="muted">
        {pattern.summary ? `${pattern.summary} ` : ''}Seconds: {rhythmLabel(pattern.phases)}.
      </p>
      <div class="btn-row">
        <LinkButton href={`/breathe/${encodeURIComponent(pattern.id)}`} aria-label={`Start ${pattern.name}`}>
          Start
        </LinkButton>
        {pattern.custom ? (
          <LinkButton
            variant="secondary"
            href={`/breathe/patterns/${encodeURIComponent(pattern.id)}`}
            aria-label={`Edit ${pattern.name}`}
          >
            Edit
          </LinkButton>
        ) : null}
      </div>
    </li>
  );
}

function Library() {
  // allPatterns never fails: it falls back to the built-in patterns and says why in `error`.
  const read = useLoad(allPatterns);
  const recent = useLoad(() => listPractices(10), [], 'Could not read your practices.');
  const patterns: BreathPattern[] | undefined = read.value?.patterns;
  const practices: PracticeRecord[] = recent.value ?? [];
  const error = recent.error ?? read.value?.error ?? null;

  const open = practices.find(isOpen);
  const library = patterns?.filter((p) => !p.custom) ?? [];
  const custom = patterns?.filter((p) => p.custom) ?? [];

  return (
    <Screen
      title="Breathe"
      intro="Slow breathing with a visual guide, soft sounds and gentle vibration. Stop whenever you like."
    >
      {error ? <Notice tone="caution">{error}</Notice> : null}
      {open ? (
        <Notice>
          <p>
            Your {open.patternName} practice is {open.status === 'paused' ? 'paused' : 'still going'}.
          </p>
          <LinkButton href={`/breathe/practice/${open.id}`}>Continue the practice</LinkButton>
        </Notice>
      ) : null}
      <h2>Patterns</h2>
      <ul class="list-plain pattern-list">
        {library.map((pattern) => (
          <PatternCard key={pattern.id} pattern={pattern} />
        ))}
      </ul>
      <h2>Your patterns</h2>
      {custom.length === 0 ? <p class="muted">You have not made a pattern yet.</p> : null}
      <ul class="list-plain pattern-list">
        {custom.map((pattern) => (
          <PatternCard key={pattern.id} pattern={pattern} />
        ))}
      </ul>
      <LinkButton variant="secondary" href="/breathe/patterns/new">
        Make a pattern
      </LinkButton>
      <h2>Recent practices</h2>
      <PracticeLog practices={practices} />
    </Screen>
  );
}

/** /breathe: the pattern library, your own patterns and recent practices; with ?pattern=<id> a practice ready to start. */
export function BreatheScreen() {
  const { query } = useRoute();
  if (query.pattern) return <StartPractice patternId={query.pattern} minutes={minutesFromQuery(query.minutes)} />;
  return <Library />;
}
