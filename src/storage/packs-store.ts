import { z } from 'zod/mini';
import { type ProtocolPack, ProtocolPackSchema } from '../domain/protocol-pack';
import { getRecord, parseRecord } from './record-reads';
import { withWrite } from './record-writes';
import { STORES } from './schema';

// WARNING: the slot names are stored on devices; never rename them.
/** Which stored pack: the one in use, or the one it replaced (kept so it can be restored). */
export type PackSlot = 'active' | 'previous';

/** A stored pack, with where it came from and when it was applied. */
export const StoredPackSchema = z.object({
  slot: z.enum(['active', 'previous']),
  pack: ProtocolPackSchema,
  source: z.enum(['default', 'file', 'link']),
  appliedAt: z.string(),
});
/** A stored pack. */
export type StoredPack = z.infer<typeof StoredPackSchema>;

/** Reads one stored pack, parsed; a damaged one is reported and treated as absent. */
export function loadStoredPack(slot: PackSlot): Promise<StoredPack | undefined> {
  return getRecord(STORES.packs, StoredPackSchema, slot);
}

/**
 * Makes `next` the active pack and keeps `current` as the previous one, in one transaction: either both are written
 * or neither is.
 */
export async function applyPack(
  next: ProtocolPack,
  source: StoredPack['source'],
  current: { pack: ProtocolPack; source: StoredPack['source'] },
): Promise<StoredPack> {
  const now = new Date().toISOString();
  const active = StoredPackSchema.parse({ slot: 'active', pack: next, source, appliedAt: now });
  const previous = StoredPackSchema.parse({
    slot: 'previous',
    pack: current.pack,
    source: current.source,
    appliedAt: now,
  });
  await withWrite([STORES.packs], (tx) => {
    const packs = tx.objectStore(STORES.packs);
    return Promise.all([packs.put(previous), packs.put(active)]);
  });
  return active;
}

/** Swaps the active and previous packs (restore), in one transaction. Resolves with the new active pack. */
export function restorePreviousPack(): Promise<StoredPack | undefined> {
  return withWrite([STORES.packs], async (tx) => {
    const packs = tx.objectStore(STORES.packs);
    const [activeRaw, previousRaw] = await Promise.all([packs.get('active'), packs.get('previous')]);
    const previous = parseRecord(STORES.packs, StoredPackSchema, previousRaw, 'previous');
    const active = parseRecord(STORES.packs, StoredPackSchema, activeRaw, 'active');
    // Nothing to restore: the transaction commits having written nothing.
    if (!previous) return undefined;
    const restored: StoredPack = { ...previous, slot: 'active' };
    await packs.put(restored);
    if (active) await packs.put({ ...active, slot: 'previous' });
    else await packs.delete('previous');
    return restored;
  });
}
