import { useId, useState } from 'preact/hooks';
import './trend-chart.css';

/** One value on a date (ISO string). */
export interface TrendPoint {
  date: string;
  value: number;
}

/** A labelled range of the y axis, drawn as a light background stripe (e.g. a severity band). Inclusive. */
export interface TrendBand {
  from: number;
  to: number;
  label: string;
}

/** Props of a TrendChart. */
export interface TrendChartProps {
  /** Names the chart and its table, e.g. "PHQ-9 over time". */
  title: string;
  /** The values, in any order; drawn oldest to newest. */
  points: readonly TrendPoint[];
  yMin: number;
  yMax: number;
  /** What the numbers are, e.g. "Score (0–27)"; heads the table's value column. */
  yLabel: string;
  /** Optional labelled stripes behind the line. */
  bands?: readonly TrendBand[];
}

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { top: 10, right: 12, bottom: 26, left: 30 };

/** Short, locale-aware date for axis labels and the table. */
function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** The band a value falls in, if any. */
function bandOf(bands: readonly TrendBand[], value: number): TrendBand | undefined {
  return bands.find((band) => value >= band.from && value <= band.to);
}

/**
 * A line of values over time, as SVG, with labelled band stripes and a table alternative (always in the page for
 * screen readers; shown on screen with "Show as table"). Colours come from CSS variables, so it follows the
 * theme; meaning never rests on colour alone (stripes carry text, points carry their values).
 * Reusable for any score: scales, mood, anything with a value per date.
 */
export function TrendChart({ title, points, yMin, yMax, yLabel, bands = [] }: TrendChartProps) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const sorted = [...points].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const span = yMax - yMin || 1;
  const y = (value: number) => PAD.top + innerH - ((Math.min(Math.max(value, yMin), yMax) - yMin) / span) * innerH;
  const times = sorted.map((p) => Date.parse(p.date));
  const t0 = times[0] ?? 0;
  const tSpan = (times[times.length - 1] ?? 0) - t0;
  const x = (index: number) => PAD.left + (tSpan > 0 ? (((times[index] ?? t0) - t0) / tSpan) * innerW : innerW / 2);
  const latest = sorted[sorted.length - 1];
  const summary = latest
    ? `${sorted.length} ${sorted.length === 1 ? 'value' : 'values'} from ${shortDate(sorted[0]?.date ?? '')} to ${shortDate(latest.date)}. Latest: ${latest.value}${bandOf(bands, latest.value) ? ` (${bandOf(bands, latest.value)?.label})` : ''}.`
    : 'No values yet.';
  const showValues = sorted.length <= 12;

  return (
    <figure class="trend" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="trend__title">
        {title}
      </figcaption>
      <svg
        class="trend__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bands.map((band, index) => (
          <g key={band.label} class={`trend__band trend__band--${index % 2 === 0 ? 'even' : 'odd'}`}>
            <rect
              x={PAD.left}
              width={innerW}
              y={y(band.to + 0.5)}
              height={Math.max(0, y(band.from - 0.5) - y(band.to + 0.5))}
            />
            <text x={PAD.left + 4} y={y(band.to + 0.5) + 10} class="trend__band-label">
              {band.label}
            </text>
          </g>
        ))}
        <line class="trend__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + innerH} />
        <line class="trend__axis" x1={PAD.left} x2={PAD.left + innerW} y1={PAD.top + innerH} y2={PAD.top + innerH} />
        <text class="trend__tick" x={PAD.left - 4} y={y(yMax) + 4} text-anchor="end">
          {yMax}
        </text>
        <text class="trend__tick" x={PAD.left - 4} y={y(yMin)} text-anchor="end">
          {yMin}
        </text>
        {sorted.length > 0 ? (
          <>
            <text class="trend__tick" x={x(0)} y={HEIGHT - 8} text-anchor={sorted.length > 1 ? 'start' : 'middle'}>
              {shortDate(sorted[0]?.date ?? '')}
            </text>
            {sorted.length > 1 ? (
              <text class="trend__tick" x={x(sorted.length - 1)} y={HEIGHT - 8} text-anchor="end">
                {shortDate(latest?.date ?? '')}
              </text>
            ) : null}
            <polyline class="trend__line" points={sorted.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')} />
            {sorted.map((p, i) => (
              <g key={`${p.date}-${i}`}>
                <circle class="trend__point" cx={x(i)} cy={y(p.value)} r={4} />
                {showValues ? (
                  <text class="trend__value" x={x(i)} y={y(p.value) - 8} text-anchor="middle">
                    {p.value}
                  </text>
                ) : null}
              </g>
            ))}
          </>
        ) : null}
      </svg>
      <button
        type="button"
        class="btn btn--secondary trend__toggle"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? 'Hide table' : 'Show as table'}
      </button>
      <div id={`${id}-table`} class={showTable ? 'trend__table' : 'trend__table visually-hidden'}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{yLabel}</th>
              {bands.length > 0 ? <th scope="col">Range</th> : null}
            </tr>
          </thead>
          <tbody>
            {sorted.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
                <td>{new Date(p.date).toLocaleDateString()}</td>
                <td>{p.value}</td>
                {bands.length > 0 ? <td>{bandOf(bands, p.value)?.label ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
