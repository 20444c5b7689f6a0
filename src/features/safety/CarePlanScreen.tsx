import { useEffect, useState } from 'preact/hooks';
import { type CarePlan, EMPTY_CARE_PLAN } from '../../domain/care-plan';
import { messageOf } from '../../lib/error-message';
import { loadActivePack } from '../../state/protocol-pack';
import { loadCarePlan, saveCarePlan } from '../../storage/care-plan-store';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { MedicinesFields } from './CarePlanMedicines';
import { CautionBandField } from './CautionBandField';
import {
  type CarePlanFields,
  CONTACT_ROLES,
  type ContactRole,
  type FieldErrors,
  fieldsFromPlan,
  planFromFields,
} from './care-plan-form';
import { usePack } from './use-safety-context';

const ROLE_LABELS: Record<ContactRole, { title: string; hint: string }> = {
  sitter: { title: 'Your sitter', hint: 'The sober adult who stays with you for the whole session.' },
  careTeam: { title: 'Your care team', hint: 'Who to call with worries before, during or after a session.' },
  prescriber: { title: 'Your prescriber', hint: 'The clinician who prescribes your ketamine.' },
};

function FieldError({ id, errors }: { id: string; errors: FieldErrors }) {
  return errors[id] ? (
    <span id={`${id}-error`} class="field__error">
      {errors[id]}
    </span>
  ) : null;
}

/** Edit the care plan: the people to call, medicines with the prescriber's instructions, allergies. */
export function CarePlanScreen() {
  const [base, setBase] = useState<CarePlan | null>(null);
  const [fields, setFields] = useState<CarePlanFields>(fieldsFromPlan(EMPTY_CARE_PLAN));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const pack = usePack();

  useEffect(() => {
    void loadActivePack();
    loadCarePlan()
      .then((plan) => {
        setBase(plan);
        setFields(fieldsFromPlan(plan));
      })
      .catch((caught: unknown) => {
        setBase(EMPTY_CARE_PLAN);
        setStatus({ tone: 'error', message: messageOf(caught, 'Could not read.') });
      });
  }, []);

  function setContact(role: ContactRole, key: 'name' | 'phone', value: string) {
    setFields((f) => ({ ...f, contacts: { ...f.contacts, [role]: { ...f.contacts[role], [key]: value } } }));
    setStatus(null);
  }

  async function save(event: Event) {
    event.preventDefault();
    const result = planFromFields(fields, base ?? EMPTY_CARE_PLAN);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ tone: 'error', message: 'Some fields need a look before saving. They are marked below.' });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await saveCarePlan(result.plan);
      setBase(result.plan);
      setStatus({ tone: 'ok', message: 'Your care plan is saved. The emergency card shows it now.' });
    } catch (caught) {
      setStatus({ tone: 'error', message: messageOf(caught, 'That did not save.') });
    } finally {
      setBusy(false);
    }
  }

  if (!base) return <Screen title="Your care plan" intro="Loading…" />;

  return (
    <Screen
      title="Your care plan"
      intro="Who to call and what you take. It stays on this device and appears on the emergency card."
    >
      <form onSubmit={save} noValidate>
        {CONTACT_ROLES.map((role) => (
          <fieldset key={role} class="card">
            <legend>
              <h2>{ROLE_LABELS[role].title}</h2>
            </legend>
            <p class="field__hint">{ROLE_LABELS[role].hint}</p>
            <div class="field">
              <label for={`${role}-name`}>Name</label>
              <input
                id={`${role}-name`}
                autocomplete="off"
                value={fields.contacts[role].name}
                onInput={(e) => setContact(role, 'name', e.currentTarget.value)}
              />
              <FieldError id={`${role}-name`} errors={errors} />
            </div>
            <div class="field">
              <label for={`${role}-phone`}>Phone</label>
              <input
                id={`${role}-phone`}
                type="tel"
                autocomplete="off"
                aria-invalid={errors[`${role}-phone`] ? true : undefined}
                aria-describedby={errors[`${role}-phone`] ? `${role}-phone-error` : undefined}
                value={fields.contacts[role].phone}
                onInput={(e) => setContact(role, 'phone', e.currentTarget.value)}
              />
              <FieldError id={`${role}-phone`} errors={errors} />
            </div>
          </fieldset>
        ))}
        <MedicinesFields
          medicines={fields.medicines}
          errors={errors}
          onChange={(medicines) => setFields((f) => ({ ...f, medicines }))}
        />
        <div class="card field">
          <label for="allergies">
            <strong>Allergies</strong> (optional)
          </label>
          <span class="field__hint" id="allergies-hint">
            For paramedics. For example: penicillin, latex. Leave empty if none.
          </span>
          <textarea
            id="allergies"
            aria-describedby="allergies-hint"
            value={fields.allergies}
            onInput={(e) => setFields((f) => ({ ...f, allergies: e.currentTarget.value }))}
          />
          <FieldError id="allergies" errors={errors} />
        </div>
        <CautionBandField
          pack={pack}
          fields={fields}
          errors={errors}
          onChange={(patch) => setFields((f) => ({ ...f, ...patch }))}
        />
        <p class={status?.tone === 'error' ? 'field__error' : 'muted'} role="status">
          {status?.message ?? ''}
        </p>
        <div class="btn-row">
          <Button type="submit" disabled={busy}>
            Save care plan
          </Button>
          <a class="btn btn--secondary" href="/emergency">
            Back to the emergency card
          </a>
        </div>
      </form>
    </Screen>
  );
}
