import { useRoute } from 'preact-iso';
import { findScale } from '../../content/scales';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { LinkButton } from '../../ui/Button';
import { NobodyWatchingNotice } from '../../ui/NobodyWatchingNotice';
import { Screen } from '../../ui/Screen';
import { ScaleForm } from './ScaleForm';
import './scales.css';

/** /scales/:scaleId — one questionnaire to fill in. An unknown id says so instead of failing. */
export function TakeScaleScreen() {
  const { params } = useRoute();
  const scale = findScale(params.scaleId ?? '');
  const crisis = crisisLinesInForce.value;
  if (!scale) {
    return (
      <Screen title="Questionnaire not found">
        <p>There is no questionnaire at this address.</p>
        <LinkButton href="/scales">Back to the scales</LinkButton>
      </Screen>
    );
  }
  return (
    <Screen title={scale.name} intro={scale.about}>
      <NobodyWatchingNotice lines={crisis.resources} label={crisis.label} />
      <ScaleForm scale={scale} />
      <p class="muted" data-testid="scale-copyright">
        {scale.copyright}
      </p>
    </Screen>
  );
}
