import { useState } from 'preact/hooks';
import { SCALE_SCHEDULE } from '../../content/scale-schedule';
import { findScale, SCALES } from '../../content/scales';
import { scaleReminders } from '../../domain/calendar-reminders';
import { LOINC_NOTICE } from '../../domain/loinc';
import type { ScaleId } from '../../domain/scale';
import { dueStates } from '../../domain/scale-due';
import { CALENDAR_FILE_NAME, exportReminders } from '../../state/calendar-export';
import { Button, LinkButton } from '../../ui/Button';
import { CalendarReminders } from '../../ui/CalendarReminders';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { downloadFhirExport, type FhirExportCount } from './export-fhir';
import { ScaleTrends } from './ScaleTrends';
import { longDate, useScaleResults } from './use-scale-results';
import './scales.css';
import { messageOf } from '../../lib/error-message';

/** The scales area: which questionnaires are due, trends over time, past results, and ways to take them to a clinician. */
export function ScalesScreen() {
  const { loading, results, error } = useScaleResults();
  const last: Partial<Record<ScaleId, string>> = {};
  for (const r of results)
    if (!last[r.scaleId] || r.completedAt > (last[r.scaleId] ?? '')) last[r.scaleId] = r.completedAt;
  const now = new Date();
  const due = dueStates(SCALE_SCHEDULE, last, now);
  const reminders = loading ? [] : scaleReminders(due, SCALE_SCHEDULE, now);

  return (
    <Screen
      title="Questionnaires"
      intro="Short, standard questionnaires about mood, worry and stress. Your answers stay on this device."
    >
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <ul class="list-plain">
        {SCALES.map((scale) => {
          const state = due.find((d) => d.scaleId === scale.id);
          return (
            <li key={scale.id} class="card">
              <h2>
                {scale.name} <span class="muted scale-about">· {scale.about}</span>
              </h2>
              {loading ? null : state?.due ? (
                <p>
                  <strong>{scale.name} due.</strong>{' '}
                  {state.lastAt ? `Last taken ${longDate(state.lastAt)}.` : 'Not taken yet.'}
                </p>
              ) : state?.lastAt ? (
                <p class="muted">
                  Last taken {longDate(state.lastAt)}.
                  {state.nextDueAt ? ` Next due ${longDate(state.nextDueAt.toISOString())}.` : ''}
                </p>
              ) : null}
              <LinkButton href={`/scales/${scale.id}`}>Take the {scale.name}</LinkButton>
            </li>
          );
        })}
      </ul>
      {reminders.length > 0 ? (
        <section class="card" aria-labelledby="scale-reminders-title">
          <h2 id="scale-reminders-title">Reminders</h2>
          <CalendarReminders
            reminders={reminders}
            fileName={CALENDAR_FILE_NAME}
            onExport={(titles) => exportReminders(reminders, titles)}
          />
        </section>
      ) : null}

      <h2>Your scores over time</h2>
      {loading ? <p class="muted">Loading your scores…</p> : <ScaleTrends results={results} />}

      {results.length > 0 ? (
        <>
          <h2>Past results</h2>
          <ul class="scale-history">
            {[...results].reverse().map((r) => (
              <li key={r.id}>
                <a href={`/scales/result/${r.id}`}>
                  {findScale(r.scaleId)?.name ?? r.scaleId}, {longDate(r.completedAt)}: {r.total} ({r.band})
                </a>
                {r.needsAttention ? <strong> · needs attention</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <ClinicianCard count={results.length} />
    </Screen>
  );
}

/** What the person is told after saving: how many results the file holds, and any it could not hold. */
function savedText({ included, leftOut }: FhirExportCount): string {
  const saved = `Saved a file with ${included} ${included === 1 ? 'result' : 'results'}.`;
  if (leftOut === 0) return saved;
  const left = leftOut === 1 ? '1 result was' : `${leftOut} results were`;
  return `${saved} ${left} left out because an answer is missing; ${leftOut === 1 ? 'it is' : 'they are'} still kept here.`;
}

/** Ways to take the scores to a clinician: a printable summary and a FHIR file for a record system. */
function ClinicianCard({ count }: { count: number }) {
  const [message, setMessage] = useState<{ tone: 'info' | 'danger'; text: string } | null>(null);
  async function exportFhir() {
    setMessage(null);
    try {
      setMessage({ tone: 'info', text: savedText(await downloadFhirExport()) });
    } catch (caught) {
      setMessage({ tone: 'danger', text: messageOf(caught, 'The file could not be made.') });
    }
  }
  return (
    <section class="card" aria-labelledby="clinician-title">
      <h2 id="clinician-title">Take it to a clinician</h2>
      <p>A summary to print or save as PDF, with your scores and sessions for the dates you choose.</p>
      <LinkButton href="/scales/summary" variant="secondary">
        Open the printable summary
      </LinkButton>
      <p class="scale-export-hint">
        Or a file in FHIR format, which many clinic record systems can read. It holds your answers and scores, with the
        questionnaires they answer, and nothing else. It is saved on this device; you decide who gets it.
      </p>
      <Button variant="secondary" onClick={exportFhir} disabled={count === 0}>
        Download scores as a FHIR file
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <p class="muted loinc-notice" data-testid="loinc-notice">
        {LOINC_NOTICE}
      </p>
    </section>
  );
}
