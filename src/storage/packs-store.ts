import { z } from 'zod/mini';
import { type ProtocolPack, ProtocolPackSchema } from '../domain/protocol-pack';
import { getDb } from './db';
import { getRecord, parseRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

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
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.packs, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(previous), tx.store.put(active), tx.done]);
    return active;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Swaps the active and previous packs (restore), in one transaction. Resolves with the new active pack. */
export async function restorePreviousPack(): Promise<StoredPack | undefined> {
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.packs, 'readwrite', { durability: 'strict' });
    const [activeRaw, previousRaw] = await Promise.all([tx.store.get('active'), tx.store.get('previous')]);
    const previous = parseRecord(STORES.packs, StoredPackSchema, previousRaw, 'previous');
    const active = parseRecord(STORES.packs, StoredPackSchema, activeRaw, 'active');
    if (!previous) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return undefined;
    }
    const restored: StoredPack = { ...previous, slot: 'active' };
    await tx.store.put(restored);
    if (active) await tx.store.put({ ...active, slot: 'previous' });
    else await tx.store.delete('previous');
    await tx.done;
    return restored;
  } catch (error) {
    throw toStorageError(error);
  }
}
