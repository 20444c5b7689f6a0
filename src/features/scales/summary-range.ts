import type { ComponentType } from 'preact';

/** The dates a summary covers, as yyyy-mm-dd in the person's own time zone (both ends included). */
export interface SummaryRange {
  from: string;
  to: string;
}

/** What every summary section is given. */
export interface SummarySectionProps {
  range: SummaryRange;
}

/** One independent part of the printable summary: it loads its own data and renders under its own heading. */
export interface SummarySection {
  id: string;
  title: string;
  component: ComponentType<SummarySectionProps>;
}

/** Whether an ISO date-time falls inside the range (local days, both ends included). */
export function inRange(iso: string, range: SummaryRange): boolean {
  const time = Date.parse(iso);
  const start = Date.parse(`${range.from}T00:00:00`);
  const end = Date.parse(`${range.to}T23:59:59.999`);
  return !Number.isNaN(time) && time >= start && time <= end;
}

/** A local date as yyyy-mm-dd (what a date input holds). */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The default range: the last 90 days up to today. */
export function defaultRange(now: Date): SummaryRange {
  const from = new Date(now);
  from.setDate(from.getDate() - 90);
  return { from: toDateInput(from), to: toDateInput(now) };
}
