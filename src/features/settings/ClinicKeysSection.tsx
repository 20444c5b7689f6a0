import type { ClinicKey } from '../../domain/pack-trust';
import { Button } from '../../ui/Button';

/** The clinic keys this device trusts, each with its code and a way to remove it. Nothing shows while there are none. */
export function ClinicKeysSection(props: {
  clinics: readonly ClinicKey[];
  busy: boolean;
  onRemove: (clinic: ClinicKey) => void;
}) {
  if (props.clinics.length === 0) return null;
  return (
    <section class="card" aria-labelledby="clinic-keys-title">
      <h2 id="clinic-keys-title">Clinics you checked</h2>
      <p>Packs signed with these keys are shown as verified. Remove one if your clinic tells you its key changed.</p>
      <ul data-testid="clinic-keys">
        {props.clinics.map((clinic) => (
          <li key={clinic.id}>
            <strong>{clinic.name}</strong>, code <span class="code-group">{clinic.fingerprint}</span>
            <div class="btn-row">
              <Button variant="secondary" disabled={props.busy} onClick={() => props.onRemove(clinic)}>
                Remove {clinic.name}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
