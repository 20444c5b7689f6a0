import { SCALES } from '../../content/scales';
import { maxTotal } from '../../domain/scale';
import type { ScaleResult } from '../../domain/scale-result';
import { TrendChart } from '../../ui/TrendChart';

/** One trend chart per scale that has results, with its bands as stripes. */
export function ScaleTrends({ results }: { results: readonly ScaleResult[] }) {
  const charted = SCALES.filter((scale) => results.some((r) => r.scaleId === scale.id));
  if (charted.length === 0) return <p class="muted">No scores yet. Your scores will show here over time.</p>;
  return (
    <>
      {charted.map((scale) => {
        const max = maxTotal(scale);
        return (
          <TrendChart
            key={scale.id}
            title={`${scale.name} scores over time`}
            points={results.filter((r) => r.scaleId === scale.id).map((r) => ({ date: r.completedAt, value: r.total }))}
            yMin={0}
            yMax={max}
            yLabel={`Score (0 to ${max})`}
            bands={scale.bands.map((b) => ({ from: b.from, to: b.to, label: b.label }))}
          />
        );
      })}
    </>
  );
}
