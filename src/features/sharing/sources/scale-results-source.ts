// Provisional: reads the scaleResults store with the fields a share needs, until the scales area (issue 5) merges
// and offers its own source. Unknown extra fields are ignored; a record without the needed ones is skipped.
import { z } from 'zod/mini';
import { ScaleAnswerSchema, type ShareItem } from '../../../domain/share-item';
import { getRecord, listRecords } from '../../../storage/record-store';
import { STORES } from '../../../storage/schema';
import type { ShareSource } from './share-source';

const StoredScaleResultSchema = z.object({
  id: z.string(),
  scaleId: z.string(),
  total: z.number(),
  band: z.string(),
  completedAt: z.iso.datetime(),
  answers: z.optional(z.array(ScaleAnswerSchema)),
  needsAttention: z.optional(z.boolean()),
  attentionReason: z.optional(z.string()),
});
type StoredScaleResult = z.infer<typeof StoredScaleResultSchema>;

function toItem(result: StoredScaleResult, withAnswers: boolean): ShareItem {
  return {
    kind: 'scale-result',
    id: result.id,
    scaleId: result.scaleId,
    total: result.total,
    band: result.band,
    completedAt: result.completedAt,
    ...(withAnswers && result.answers ? { answers: result.answers } : {}),
    ...(result.needsAttention ? { needsAttention: true } : {}),
    ...(result.attentionReason ? { attentionReason: result.attentionReason } : {}),
  };
}

/** Scale results, shared with their answers or as scores only. */
export const scaleResultsSource: ShareSource = {
  id: 'scale-results',
  title: 'Scale results',
  async listCandidates() {
    return (await listRecords(STORES.scaleResults, StoredScaleResultSchema)).map((r) => ({
      id: r.id,
      label: `${r.scaleId}: ${r.total}, ${r.band} (${r.completedAt.slice(0, 10)})`,
      date: r.completedAt,
      variants: [
        { id: 'score', label: 'Score only' },
        { id: 'answers', label: 'Score and answers' },
      ],
    }));
  },
  async toItem(id, variant) {
    const result = await getRecord(STORES.scaleResults, StoredScaleResultSchema, id);
    return result ? toItem(result, variant === 'answers') : undefined;
  },
};
