// Loaded after the home screen's first frame: the checklist count needs the checklists in force, and so the
// protocol pack, which stays off the first screen's path.
import { countProgress, type ProgressCount } from '../../domain/checklist-progress';
import { checklistsInForce } from '../../state/pack-content';
import { loadActivePack } from '../../state/protocol-pack';
import { loadChecklistProgress } from '../../storage/checklists-store';

/** How far the session's checklists are, counted against the checklists in force. */
export async function loadNextSessionProgress(sessionId: string): Promise<ProgressCount> {
  const [progress] = await Promise.all([loadChecklistProgress(sessionId), loadActivePack()]);
  return countProgress(checklistsInForce(), progress.ticked);
}
