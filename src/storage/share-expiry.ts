// The expiry sweep on the coach's device: expired items and their import records go in one transaction, then every
// label that repeated their words (comments, reply history lines).
import { labelsToForget } from '../domain/share-expiry';
import { listComments, saveComment } from './comments-store';
import { listContacts } from './contacts-store';
import { listInboxFor, removeExpiredInbox } from './inbox-store';
import { listShares, saveShare } from './shares-store';

/** Removes what expired at `now` with every derived copy; resolves to how many items went. */
export async function sweepExpiredShares(now: Date): Promise<number> {
  const removed = await removeExpiredInbox(now);
  if (removed === 0) return 0;
  const patients = (await listContacts()).filter((c) => c.role === 'patient');
  const inbox = (await Promise.all(patients.map((p) => listInboxFor(p.id)))).flat();
  const forget = labelsToForget({
    patientIds: new Set(patients.map((p) => p.id)),
    inbox,
    comments: await listComments(),
    shares: await listShares(),
  });
  for (const comment of forget.comments) await saveComment(comment);
  for (const share of forget.shares) await saveShare(share);
  return removed;
}
