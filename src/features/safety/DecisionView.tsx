import { useEffect, useRef } from 'preact/hooks';
import type { CarePlan } from '../../domain/care-plan';
import { holdContacts } from '../../domain/hold-contacts';
import type { ReadinessRecord } from '../../domain/readiness-record';
import { mayStartSession } from '../../domain/readiness-start';
import { telHref } from '../../lib/phone-links';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { LinkButton } from '../../ui/Button';
import { HoldHelp } from '../../ui/HoldHelp';
import { Notice } from '../../ui/Notice';
import { CareTeamNoteForm } from './CareTeamNoteForm';
import { CrisisNow } from './CrisisNow';
import { DECISION_TITLE, ReasonList } from './ReasonList';

/** Whether this check-in lets the person go on to session mode (see domain/readiness-start). */
function mayStart(record: ReadinessRecord, carePlan: CarePlan): boolean {
  return mayStartSession(record.decision, record.reasons, carePlan.cautionBandAllowed);
}

/** Whether a reason means showing the crisis lines at once (a recent PHQ-9 question 9, or screening's crisis). */
function crisisConcern(record: ReadinessRecord): boolean {
  return record.reasons.some(
    (r) => (r.ruleId === 'phq9-item9' && r.level !== 'ok') || (r.ruleId === 'screening' && r.level === 'hold'),
  );
}

/** The decision, every reason, and what to do next (on a hold: everyone to call, on this screen). */
export function DecisionView({
  record,
  carePlan,
  onChange,
}: {
  record: ReadinessRecord;
  carePlan: CarePlan;
  onChange: (record: ReadinessRecord) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const concerns = record.reasons.filter((r) => r.level !== 'ok');
  const fine = record.reasons.filter((r) => r.level === 'ok');
  const team = carePlan.careTeam;
  const contacts = holdContacts(carePlan, record);
  const tone = record.decision === 'ready' ? 'info' : record.decision === 'caution' ? 'caution' : 'danger';
  return (
    <div data-testid="readiness-decision" data-decision={record.decision}>
      <Notice tone={tone}>
        <h2 tabIndex={-1} ref={heading} class="decision-title">
          {DECISION_TITLE[record.decision]}
        </h2>
        {record.decision === 'ready' ? <p>Everything you answered is within your safety rules.</p> : null}
        {record.decision === 'caution' ? (
          mayStart(record, carePlan) ? (
            <p>Your care plan says you may go ahead in this range. Tell your care team what you found.</p>
          ) : (
            <p>Do not start yet. Talk with your care team about what needs attention below.</p>
          )
        ) : null}
        {record.decision === 'hold' ? (
          <p>
            Do not start the session. A hold stays until a new check-in passes. Call your care team and tell them what
            you found.
          </p>
        ) : null}
      </Notice>
      {concerns.length > 0 ? (
        <section aria-labelledby="concerns-title">
          <h3 id="concerns-title">What needs attention</h3>
          <ReasonList reasons={concerns} />
        </section>
      ) : null}
      <div class="btn-row">
        {mayStart(record, carePlan) ? (
          <LinkButton large href={`/session?readiness=${encodeURIComponent(record.id)}`}>
            Start session
          </LinkButton>
        ) : null}
        {team?.phone && mayStart(record, carePlan) ? (
          <a class={`btn ${record.decision === 'ready' ? 'btn--secondary' : ''}`} href={telHref(team.phone)}>
            Call {team.name || 'your care team'} ({team.phone})
          </a>
        ) : null}
      </div>
      {crisisConcern(record) ? <CrisisNow /> : null}
      {mayStart(record, carePlan) ? null : (
        <HoldHelp
          careTeam={contacts.careTeam}
          sitter={contacts.sitter}
          crisis={crisisLinesInForce.value}
          addNumberHref="/care-plan"
        />
      )}
      {record.decision === 'hold' ? <CareTeamNoteForm record={record} onSaved={onChange} /> : null}
      {record.careTeamNotes.length > 0 ? (
        <div class="card">
          <h3>Notes from your care team</h3>
          <ul>
            {record.careTeamNotes.map((note) => (
              <li key={note.at}>
                {new Date(note.at).toLocaleString()}: {note.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details class="card">
        <summary>Everything else that was checked ({fine.length})</summary>
        <ReasonList reasons={fine} />
      </details>
      <p class="muted">
        Saved {new Date(record.createdAt).toLocaleString()} with safety rules version {record.packVersion}.{' '}
        <a href="/check-in/history">All check-ins</a>
      </p>
    </div>
  );
}
