// Which questionnaires there are, by the ids stored in results, with their short names: free of zod, so the home
// screen can name a due questionnaire without loading the questionnaires' schemas (domain/scale.ts builds on this).

/** The scales Stillpoint offers. Stored in results: never rename one. */
export const SCALE_IDS = ['phq9', 'gad7', 'pcl5'] as const;
/** Which scale. */
export type ScaleId = (typeof SCALE_IDS)[number];

/** Each scale's short name, for places that must not load the whole questionnaire (the home card). */
export const SCALE_NAMES: Readonly<Record<ScaleId, string>> = { phq9: 'PHQ-9', gad7: 'GAD-7', pcl5: 'PCL-5' };

/** Whether a stored value names one of the scales. */
export function isScaleId(value: unknown): value is ScaleId {
  return (SCALE_IDS as readonly unknown[]).includes(value);
}

/** The completion time of each scale's latest result. */
export function latestByScale(
  results: readonly { scaleId: ScaleId; completedAt: string }[],
): Partial<Record<ScaleId, string>> {
  const latest: Partial<Record<ScaleId, string>> = {};
  for (const result of results) {
    const seen = latest[result.scaleId];
    if (!seen || result.completedAt > seen) latest[result.scaleId] = result.completedAt;
  }
  return latest;
}
