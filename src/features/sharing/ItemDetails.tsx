import type { ShareItem } from '../../domain/share-item';

function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** The full content of one shared item, as the coach will see it (also the patient's preview). */
export function ItemDetails({ item }: { item: ShareItem }) {
  switch (item.kind) {
    case 'journal-entry':
      return (
        <div>
          <p class="muted">Journal entry, {when(item.createdAt)}</p>
          {item.title ? (
            <p>
              <strong>{item.title}</strong>
            </p>
          ) : null}
          <p class="share-text">{item.text}</p>
          {item.mood ? <p>Mood: {item.mood}</p> : null}
          {item.tags.length ? <p>Tags: {item.tags.join(', ')}</p> : null}
          {item.omittedPassages ? (
            <p class="muted">
              {item.omittedPassages} {item.omittedPassages === 1 ? 'passage was' : 'passages were'} left out.
            </p>
          ) : null}
        </div>
      );
    case 'scale-result':
      return (
        <div>
          <p class="muted">Scale result, {when(item.completedAt)}</p>
          <p>
            {item.scaleId}: {item.total} ({item.band})
          </p>
          {item.answers ? (
            <p>Answers: {item.answers.map((a) => `${a.item}: ${a.value}`).join(', ')}</p>
          ) : (
            <p class="muted">Score only.</p>
          )}
        </div>
      );
    case 'readiness':
      return (
        <div>
          <p class="muted">Check-in, {when(item.createdAt)}</p>
          <p>Decision: {item.decision}</p>
          {item.reasons.length ? <p>Reasons: {item.reasons.join('; ')}</p> : null}
          {item.readings.length ? (
            <p>Readings: {item.readings.map((r) => `${r.name} ${r.value}${r.unit ? ` ${r.unit}` : ''}`).join(', ')}</p>
          ) : null}
        </div>
      );
    case 'session':
      return (
        <div>
          <p class="muted">Session, {when(item.createdAt)}</p>
          <p>Status: {item.status}</p>
          {item.intention ? <p>Intention: {item.intention}</p> : null}
          {item.dosedAt ? <p>Started: {when(item.dosedAt)}</p> : null}
          {item.endedAt ? <p>Ended: {when(item.endedAt)}</p> : null}
          {item.sideEffects?.length ? (
            <p>Side effects: {item.sideEffects.map((s) => `${s.name} (${s.severity})`).join(', ')}</p>
          ) : null}
        </div>
      );
  }
}
