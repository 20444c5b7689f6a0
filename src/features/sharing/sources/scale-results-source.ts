import { SCALE_NAMES } from '../../../domain/scale';
import type { ScaleResult } from '../../../domain/scale-result';
import type { ShareItem } from '../../../domain/share-item';
import { listScaleResults, loadScaleResult } from '../../../storage/scale-results-store';
import type { ShareSource } from './share-source';

/** Item ids end in their number ("phq9-9"); the share carries answers by item number. */
function answersByNumber(answers: ScaleResult['answers']): { item: number; value: number }[] {
  return Object.entries(answers)
    .map(([id, value]) => ({ item: Number(/(\d+)$/.exec(id)?.[1] ?? Number.NaN), value }))
    .filter((a) => Number.isInteger(a.item) && a.item >= 1)
    .sort((a, b) => a.item - b.item);
}

/** A scale result as a share item: the score and band, with the answers only when the person chose to send them. */
export function scaleResultToItem(result: ScaleResult, withAnswers: boolean): ShareItem {
  return {
    kind: 'scale-result',
    id: result.id,
    scaleId: SCALE_NAMES[result.scaleId],
    total: result.total,
    band: result.band,
    completedAt: result.completedAt,
    ...(withAnswers ? { answers: answersByNumber(result.answers) } : {}),
    ...(result.needsAttention ? { needsAttention: true } : {}),
    ...(result.attentionReason === 'phq9-item9'
      ? { attentionReason: 'PHQ-9 question 9 (thoughts of self-harm) answered above zero' }
      : {}),
  };
}

/** Scale results, shared with their answers or as scores only. */
export const scaleResultsSource: ShareSource = {
  id: 'scale-results',
  title: 'Scale results',
  async listCandidates() {
    return (await listScaleResults()).map((r) => ({
      id: r.id,
      label: `${SCALE_NAMES[r.scaleId]}: ${r.total}, ${r.band} (${r.completedAt.slice(0, 10)})`,
      date: r.completedAt,
      variants: [
        { id: 'score', label: 'Score only' },
        { id: 'answers', label: 'Score and answers' },
      ],
    }));
  },
  async toItem(id, variant) {
    const result = await loadScaleResult(id);
    return result ? scaleResultToItem(result, variant === 'answers') : undefined;
  },
};
