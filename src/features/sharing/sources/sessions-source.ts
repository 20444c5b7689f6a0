import type { SideEffectKind } from '../../../domain/after-session';
import type { SessionRecord } from '../../../domain/session';
import type { ShareItem } from '../../../domain/share-item';
import { listSessions, loadSession } from '../../../storage/sessions-store';
import type { ShareSource } from './share-source';

/** A session record as a share item: only what happened, never a dose. */
export function sessionToItem(session: SessionRecord): ShareItem {
  return {
    kind: 'session',
    id: session.id,
    createdAt: session.createdAt,
    status: session.status,
    ...(session.scheduledFor ? { scheduledFor: session.scheduledFor } : {}),
    ...(session.intention ? { intention: session.intention } : {}),
    ...(session.dosedAt ? { dosedAt: session.dosedAt } : {}),
    ...(session.endedAt ? { endedAt: session.endedAt } : {}),
    ...(session.afterSession && session.afterSession.sideEffects.length > 0
      ? {
          sideEffects: session.afterSession.sideEffects.map((effect) => ({
            name: effect.kind === 'other' ? effect.text || 'Other' : SIDE_EFFECT_NAMES[effect.kind],
            severity: effect.severity,
          })),
        }
      : {}),
  };
}

const SIDE_EFFECT_NAMES: Record<Exclude<SideEffectKind, 'other'>, string> = {
  nausea: 'Nausea',
  vomiting: 'Vomiting',
  dizziness: 'Dizziness',
  headache: 'Headache',
  bladder: 'Bladder or urinary pain',
};

/** Dosing sessions. */
export const sessionsSource: ShareSource = {
  id: 'sessions',
  title: 'Sessions',
  async listCandidates() {
    return (await listSessions()).map((s) => ({
      id: s.id,
      label: `Session, ${s.status}${s.intention ? `: ${s.intention}` : ''} (${s.createdAt.slice(0, 10)})`,
      date: s.createdAt,
    }));
  },
  async toItem(id) {
    const session = await loadSession(id);
    return session ? sessionToItem(session) : undefined;
  },
};
