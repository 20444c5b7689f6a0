import type { ProtocolPack } from '../../domain/protocol-pack';
import { screeningDue } from '../../domain/screening';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { SafetyContext } from './use-safety-context';

/** Before the first step: what the check-in asks, and whether the eligibility questions are due. */
export function CheckInIntro({
  pack,
  context,
  onStart,
}: {
  pack: ProtocolPack;
  context: SafetyContext;
  onStart: () => void;
}) {
  const due = screeningDue(context.lastScreening, pack, new Date());
  return (
    <>
      {due.due ? (
        <Notice tone="caution">
          <p>
            <strong>Your eligibility questions are due.</strong>{' '}
            {due.why === 'never'
              ? 'You have not answered them yet.'
              : due.why === 'pack-changed'
                ? 'Your safety rules changed since you last answered them.'
                : `It has been more than ${pack.screening.repeatAfterDays} days.`}
          </p>
          <LinkButton href="/check-in/screening">Answer the eligibility questions</LinkButton>
        </Notice>
      ) : (
        <p class="muted">
          Eligibility questions answered {new Date(context.lastScreening?.completedAt ?? '').toLocaleDateString()}. Next
          due {due.nextDueAt.toLocaleDateString()}.
        </p>
      )}
      <div class="card">
        <h2>Before your session</h2>
        <p>
          A few short questions: food and drink, alcohol, medicines, your sitter and your space. Then your blood
          pressure and heart rate, measured after {pack.readiness.bloodPressure.restMinutes} minutes of rest.
        </p>
        <p>Have your blood-pressure monitor ready. At the end you will see plainly whether to go ahead or wait.</p>
        <Button large onClick={onStart}>
          Start the check-in
        </Button>
      </div>
      <p>
        <a href="/check-in/history">Past check-ins</a> · <a href="/check-in/screening">Eligibility questions</a>
      </p>
    </>
  );
}
