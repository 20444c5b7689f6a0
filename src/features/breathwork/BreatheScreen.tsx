import { ComingState } from '../../ui/ComingState';

/** The Breathe area (not built yet: says so plainly). */
export function BreatheScreen() {
  return (
    <ComingState
      title="Breathe"
      plan="Guided breathing with gentle sound, vibration and a visual guide, including box breathing, 4-7-8 and coherent breathing."
    />
  );
}
