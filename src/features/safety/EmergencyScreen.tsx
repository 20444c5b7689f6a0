import { useEffect, useState } from 'preact/hooks';
import { EMPTY_CARE_PLAN, type EmergencyDetails } from '../../domain/care-plan';
import type { CrisisResource } from '../../domain/crisis-resource';
import { lockStatus } from '../../state/app-lock';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { loadActivePack } from '../../state/protocol-pack';
import { useLoad } from '../../state/use-load';
import { loadEmergencyDetails } from '../../storage/care-plan-store';
import { listSessions } from '../../storage/sessions-store';
import { CrisisList } from '../../ui/CrisisList';
import { Screen } from '../../ui/Screen';
import { EmergencyContacts } from './EmergencyContacts';
import { formatDoseTime, paramedicScript } from './paramedic-script';
import './emergency.css';

/** Emergency services first, the other crisis lines after. */
function splitLines(lines: readonly CrisisResource[]): { emergency: CrisisResource[]; other: CrisisResource[] } {
  return {
    emergency: lines.filter((line) => line.id === 'emergency'),
    other: lines.filter((line) => line.id !== 'emergency'),
  };
}

/** What the card says when stored details cannot be read (the numbers above it still work). */
const UNREAD = 'Your saved details could not be read.';

/** The time of the dose in the session under way, if there is one. */
async function activeDoseTime(): Promise<string | undefined> {
  return (await listSessions()).find((s) => s.status === 'active' && s.dosedAt)?.dosedAt;
}

/**
 * The emergency card: emergency services first, then the person's own people, crisis lines, today's dose, medicines,
 * and what to tell paramedics. The numbers render at once; stored details fill in after, and their failure never
 * hides a number. Works offline.
 */
export function EmergencyScreen() {
  // Sessions are sealed while the app is locked; the pack and the care plan's emergency details are not. (Unlocking
  // remounts this screen.)
  const [locked] = useState(() => lockStatus.peek() === 'locked');
  const details = useLoad(loadEmergencyDetails, [], UNREAD);
  const dose = useLoad(async () => (locked ? undefined : activeDoseTime()), [locked], UNREAD);
  useEffect(() => {
    // The active pack's numbers (a clinic may replace the defaults); the default pack's show until it is read.
    void loadActivePack();
  }, [locked]);
  const plan: EmergencyDetails = details.value ?? EMPTY_CARE_PLAN;
  const dosedAt = dose.value;
  const readError = dose.error ?? details.error;

  const inForce = crisisLinesInForce.value;
  const lines = splitLines(inForce.resources);
  return (
    <Screen title="Get help now" intro="If you or the person you are with is in danger, call emergency services.">
      <CrisisList lines={lines.emergency} label={inForce.label} />
      {readError ? (
        <p class="notice" role="status">
          {readError} The numbers on this page still work.
        </p>
      ) : null}
      <EmergencyContacts plan={plan} />
      <h2>Crisis lines</h2>
      <CrisisList lines={lines.other} label={inForce.label} headingLevel={3} />
      {dosedAt || locked ? (
        <section class="card" aria-labelledby="dose-title">
          <h2 id="dose-title">Today’s session</h2>
          {dosedAt ? (
            <p class="emergency__big">Dose taken at {formatDoseTime(dosedAt)}.</p>
          ) : (
            <p>
              Unlock to see today’s session times. <a href="/session">Unlock Stillpoint</a>
            </p>
          )}
        </section>
      ) : null}
      <section class="card" aria-labelledby="medicines-title">
        <h2 id="medicines-title">Medicines</h2>
        {plan.medicines.length === 0 ? (
          <p>No medicines recorded.</p>
        ) : (
          <ul>
            {plan.medicines.map((m) => (
              <li key={`${m.name}|${m.instructions}`}>
                <strong>{m.name}</strong>
                {m.instructions ? `: ${m.instructions}` : ''}
              </li>
            ))}
          </ul>
        )}
        {plan.prescriber?.name ? <p>Prescriber: {plan.prescriber.name}</p> : null}
      </section>
      <section class="card" aria-labelledby="paramedics-title">
        <h2 id="paramedics-title">What to tell paramedics</h2>
        <p class="muted">Read this out, or show them this screen.</p>
        <ul class="emergency__script">
          {paramedicScript(plan, dosedAt, locked).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <a class="btn btn--secondary" href="/sitter">
        Sitter guide: what is normal, and when to call
      </a>
    </Screen>
  );
}
