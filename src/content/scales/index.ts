import type { ScaleDefinition, ScaleId } from '../../domain/scale';
import { GAD7 } from './gad7';
import { PCL5 } from './pcl5';
import { PHQ9 } from './phq9';

/** Every scale, in the order the scales screen lists them. */
export const SCALES: readonly ScaleDefinition[] = [PHQ9, GAD7, PCL5];

/** The scale with this id, if there is one (ids come from URLs and stored records: never trust them). */
export function findScale(id: string): ScaleDefinition | undefined {
  return SCALES.find((scale) => scale.id === id);
}

/** The scale with this (known) id. */
export function scaleById(id: ScaleId): ScaleDefinition {
  const scale = findScale(id);
  if (!scale) throw new Error(`Unknown scale ${id}`);
  return scale;
}
