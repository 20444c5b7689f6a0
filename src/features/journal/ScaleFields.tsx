import { ScaleField } from './ScaleField';

const SCALES = [
  { name: 'mood', legend: 'Mood', low: 'very low', high: 'very good' },
  { name: 'energy', legend: 'Energy', low: 'drained', high: 'full of energy' },
  { name: 'anxiety', legend: 'Anxiety', low: 'calm', high: 'very anxious' },
] as const;

/** The mood, energy and anxiety scales of an entry; each may be left blank. */
export function ScaleFields({
  field,
  setField,
}: {
  field(name: string): string;
  setField(name: string, value: string): void;
}) {
  return (
    <div class="scale-fields">
      {SCALES.map((scale) => (
        <ScaleField
          key={scale.name}
          name={scale.name}
          legend={scale.legend}
          low={scale.low}
          high={scale.high}
          value={field(scale.name)}
          onChange={(value) => setField(scale.name, value)}
        />
      ))}
    </div>
  );
}
