import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TrendChart, type TrendChartProps } from '../../../src/ui/TrendChart';
// The app's global styles, where .visually-hidden lives.
import '../../../src/ui/tokens.css';

function makeChartProps(overrides: Partial<TrendChartProps> = {}): TrendChartProps {
  return {
    title: 'Mood over time',
    points: [
      { date: '2026-11-08T09:00:00.000Z', value: 6 },
      { date: '2026-11-01T09:00:00.000Z', value: 16 },
      { date: '2026-11-15T09:00:00.000Z', value: 3 },
    ],
    yMin: 0,
    yMax: 27,
    yLabel: 'Score',
    bands: [
      { from: 0, to: 4, label: 'Minimal' },
      { from: 5, to: 14, label: 'Middle' },
      { from: 15, to: 27, label: 'High' },
    ],
    ...overrides,
  };
}

describe('TrendChart', () => {
  afterEach(cleanup);

  it('names the chart as an image and sums it up for screen readers, latest value and band included', () => {
    const view = render(<TrendChart {...makeChartProps()} />);
    const image = view.getByRole('img', { name: /Mood over time/ });
    expect(image.querySelector('desc')?.textContent).toBe(
      `3 values from ${new Date('2026-11-01T09:00:00Z').toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} to ${new Date('2026-11-15T09:00:00Z').toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}. Latest: 3 (Minimal).`,
    );
  });

  it('keeps a table alternative in the page, oldest first, with each value and its band', () => {
    const view = render(<TrendChart {...makeChartProps()} />);
    const rows = view
      .getAllByRole('row')
      .map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['Score', 'Range'],
      ['16', 'High'],
      ['6', 'Middle'],
      ['3', 'Minimal'],
    ]);
  });

  it('shows the table on screen with "Show as table", and hides it again', () => {
    const view = render(<TrendChart {...makeChartProps()} />);
    const toggle = view.getByRole('button', { name: 'Show as table' });
    const wrapper = view.getByRole('table').parentElement as HTMLElement;
    expect(wrapper.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(wrapper.getBoundingClientRect().width).toBeGreaterThan(50);
    fireEvent.click(view.getByRole('button', { name: 'Hide table' }));
    expect(wrapper.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('writes each band label and each value as text, so nothing rests on colour', () => {
    const view = render(<TrendChart {...makeChartProps()} />);
    const svgText = [...view.container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(svgText).toEqual(expect.arrayContaining(['Minimal', 'Middle', 'High', '16', '6', '3']));
  });

  it('draws one point per value, placed higher for higher values', () => {
    const view = render(<TrendChart {...makeChartProps()} />);
    const ys = [...view.container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[1]).toBeLessThan(ys[2] ?? 0);
  });

  it('says so plainly when there are no values', () => {
    const view = render(<TrendChart {...makeChartProps({ points: [], bands: [] })} />);
    expect(view.container.querySelector('desc')?.textContent).toBe('No values yet.');
    expect(view.container.querySelectorAll('circle')).toHaveLength(0);
  });
});
