import { useRoute } from 'preact-iso';
import { findScale } from '../../content/scales';
import { LinkButton } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { ScaleForm } from './ScaleForm';
import './scales.css';

/** /scales/:scaleId — one questionnaire to fill in. An unknown id says so instead of failing. */
export function TakeScaleScreen() {
  const { params } = useRoute();
  const scale = findScale(params.scaleId ?? '');
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
      <ScaleForm scale={scale} />
    </Screen>
  );
}
