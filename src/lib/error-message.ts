/** A thrown error in plain words (the app's own errors are written for people), or the fallback. */
export function messageOf(caught: unknown, fallback: string): string {
  return caught instanceof Error && caught.message ? caught.message : fallback;
}
