import type { InboxItem } from '../../domain/share-records';

/** Each scale's shared scores, oldest to newest, so the coach sees the direction (a chart can replace this later). */
export function ScoreTrends({ items }: { items: InboxItem[] }) {
  const byScale = new Map<string, { date: string; total: number; band: string }[]>();
  for (const { item } of items) {
    if (item.kind !== 'scale-result') continue;
    const list = byScale.get(item.scaleId) ?? [];
    list.push({ date: item.completedAt, total: item.total, band: item.band });
    byScale.set(item.scaleId, list);
  }
  if (byScale.size === 0) return null;
  return (
    <section class="card" aria-labelledby="score-trends">
      <h2 id="score-trends">Scores over time</h2>
      {[...byScale].map(([scaleId, scores]) => (
        <div key={scaleId}>
          <h3>{scaleId}</h3>
          <ol class="list-plain">
            {scores
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((s) => (
                <li key={s.date}>
                  {new Date(s.date).toLocaleDateString()}: {s.total} ({s.band})
                </li>
              ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
