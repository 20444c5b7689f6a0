import { bloodPressureLimitWords } from '../../domain/pack-limits';
import type { ProtocolPack } from '../../domain/protocol-pack';
import { Field } from '../../ui/Field';
import type { CarePlanFields, FieldErrors } from './care-plan-form';

/**
 * What the care team said about the caution band. Ticked only from what they told the person; the dose rule then lets
 * a check-in in that band (and nothing else) go ahead. The band's numbers come from the pack in force.
 */
export function CautionBandField({
  pack,
  fields,
  errors,
  onChange,
}: {
  pack: ProtocolPack;
  fields: Pick<CarePlanFields, 'cautionBandAllowed' | 'cautionBandNote'>;
  errors: FieldErrors;
  onChange(patch: Partial<CarePlanFields>): void;
}) {
  const caution = bloodPressureLimitWords(pack, 'caution');
  const hold = bloodPressureLimitWords(pack, 'hold');
  const error = errors['caution-band-note'];
  return (
    <fieldset class="card">
      <legend>
        <h2>Blood pressure in the caution range</h2>
      </legend>
      <p class="field__hint" id="caution-band-hint">
        The caution range is blood pressure {caution}, but not {hold}. Tick this only if your care team told you that
        you may go ahead in that range.
      </p>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={fields.cautionBandAllowed}
            aria-describedby="caution-band-hint"
            onChange={(e) => onChange({ cautionBandAllowed: e.currentTarget.checked })}
          />{' '}
          My care team told me I may go ahead in the caution range
        </label>
      </div>
      {fields.cautionBandAllowed ? (
        <Field id="caution-band-note" label="What they told you, and who" error={error}>
          {(wiring) => (
            <textarea
              {...wiring}
              value={fields.cautionBandNote}
              onInput={(e) => onChange({ cautionBandNote: e.currentTarget.value })}
            />
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}
