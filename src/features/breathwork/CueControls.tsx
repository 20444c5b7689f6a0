import { CUE_TONE_WORDS } from '../../domain/breath-cue-tones';
import type { CuePreferences } from '../../domain/breath-practice';
import { vibrationSupported } from '../../platform/haptics';

/** Props of the cue controls. */
export interface CueControlsProps {
  cues: CuePreferences;
  onChange: (cues: CuePreferences) => void;
}

/** Sound, volume, vibration, dim screen and eyes-closed mode: each a labelled control, kept for next time. */
export function CueControls({ cues, onChange }: CueControlsProps) {
  const set = (patch: Partial<CuePreferences>) => onChange({ ...cues, ...patch });
  return (
    <fieldset class="card breath-cues">
      <legend>
        <h2>Cues</h2>
      </legend>
      <label class="choice">
        <input type="checkbox" checked={cues.sound} onChange={(e) => set({ sound: e.currentTarget.checked })} /> Sound
      </label>
      <ul class="muted list-plain">
        <li>{CUE_TONE_WORDS.inhale}</li>
        <li>{CUE_TONE_WORDS.exhale}</li>
        <li>{CUE_TONE_WORDS.hold}</li>
      </ul>
      <label class="field">
        <span>Volume</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(cues.volume * 100)}
          onChange={(e) => set({ volume: Number(e.currentTarget.value) / 100 })}
        />
      </label>
      {vibrationSupported() ? (
        <label class="choice">
          <input
            type="checkbox"
            checked={cues.vibration}
            onChange={(e) => set({ vibration: e.currentTarget.checked })}
          />{' '}
          Vibration
        </label>
      ) : null}
      <label class="choice">
        <input type="checkbox" checked={cues.dim} onChange={(e) => set({ dim: e.currentTarget.checked })} /> Dim screen
        (pure black)
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={cues.eyesClosed}
          onChange={(e) => set({ eyesClosed: e.currentTarget.checked })}
        />{' '}
        Eyes closed (sound only)
      </label>
    </fieldset>
  );
}
