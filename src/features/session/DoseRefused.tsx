import { useEffect } from 'preact/hooks';
import { EMPTY_CARE_PLAN } from '../../domain/care-plan';
import type { DosePermission } from '../../domain/dose-permission';
import { holdContacts } from '../../domain/hold-contacts';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { loadActivePack } from '../../state/protocol-pack';
import { useLoad } from '../../state/use-load';
import { loadCarePlan } from '../../storage/care-plan-store';
import { loadReadiness } from '../../storage/readiness-store';
import { LinkButton } from '../../ui/Button';
import { HoldHelp } from '../../ui/HoldHelp';
import { Notice } from '../../ui/Notice';

/** A refusal of the dose rule, in plain words, with the way to a new check-in and everyone to call. */
export function DoseRefused({ permission }: { permission: Extract<DosePermission, { allowed: false }> }) {
  const readinessId = permission.readinessId;
  useEffect(() => {
    void loadActivePack();
  }, [readinessId]);
  // The numbers are read fresh: the person may just have added one on the care plan. Without them, the crisis
  // lines below are still shown.
  const plan = useLoad(loadCarePlan, [readinessId]).value ?? EMPTY_CARE_PLAN;
  const checkIn = useLoad(async () => (readinessId ? loadReadiness(readinessId) : undefined), [readinessId]).value;
  const contacts = holdContacts(plan, checkIn);
  return (
    <div data-testid="dose-refused" data-why={permission.why}>
      <Notice tone="danger">
        <p>
          <strong>No dose can be recorded now.</strong> {permission.message}
        </p>
      </Notice>
      {permission.why === 'no-dose-yet' ? null : (
        <LinkButton href="/check-in" large>
          Do the session-day check-in
        </LinkButton>
      )}
      <HoldHelp
        careTeam={contacts.careTeam}
        sitter={contacts.sitter}
        crisis={crisisLinesInForce.value}
        addNumberHref="/care-plan"
      />
    </div>
  );
}
