import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { defaultRange, type SummaryRange } from './summary-range';
import { SUMMARY_SECTIONS } from './summary-sections';
import { longDate } from './use-scale-results';
import './scales.css';
import './summary.css';
import { FormError } from '../../ui/FormError';

/** /scales/summary — a summary for a clinician over chosen dates, built to print (or save as PDF) cleanly. */
export function SummaryScreen() {
  const [range, setRange] = useState<SummaryRange>(() => defaultRange(new Date()));
  const valid = range.from !== '' && range.to !== '' && range.from <= range.to;
  return (
    <Screen title="Summary for your clinician">
      <div class="summary">
        <p class="summary__meta">
          {valid ? `From ${longDate(`${range.from}T12:00:00`)} to ${longDate(`${range.to}T12:00:00`)}. ` : ''}
          Made with Stillpoint on {longDate(new Date().toISOString())}. Everything here was entered by the person
          themselves.
        </p>
        <fieldset class="card no-print">
          <legend>Dates to include</legend>
          <div class="summary__dates">
            <Field id="summary-from" label="From">
              {(wiring) => (
                <input
                  {...wiring}
                  type="date"
                  value={range.from}
                  onInput={(e) => setRange({ ...range, from: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field id="summary-to" label="To">
              {(wiring) => (
                <input
                  {...wiring}
                  type="date"
                  value={range.to}
                  onInput={(e) => setRange({ ...range, to: e.currentTarget.value })}
                />
              )}
            </Field>
          </div>
          <FormError message={valid ? null : 'Choose a start date on or before the end date.'} />
          <Button onClick={() => window.print()} disabled={!valid}>
            Print or save as PDF
          </Button>
        </fieldset>
        {valid
          ? SUMMARY_SECTIONS.map(({ id, title, component: Section }) => (
              <section key={id} class="summary-section" aria-labelledby={`summary-${id}`}>
                <h2 id={`summary-${id}`}>{title}</h2>
                <Section range={range} />
              </section>
            ))
          : null}
      </div>
    </Screen>
  );
}
