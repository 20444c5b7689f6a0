import { signal } from '@preact/signals';
import { DEFAULT_PACK } from '../content/default-pack';
import type { ProtocolPack } from '../domain/protocol-pack';
import { applyPack, loadStoredPack, restorePreviousPack, type StoredPack } from '../storage/packs-store';

/** The pack in use and where it came from. The default until a clinic's pack is applied. */
export const activePack = signal<{ pack: ProtocolPack; source: StoredPack['source']; appliedAt?: string }>({
  pack: DEFAULT_PACK,
  source: 'default',
});
/** The pack the active one replaced, if any (it can be restored). */
export const previousPack = signal<StoredPack | undefined>(undefined);
/** Whether the stored packs have been read yet. */
export const packLoaded = signal(false);

let loading: Promise<void> | undefined;

/** Reads the stored packs once (every screen that needs the pack awaits this). A damaged pack falls back to the default. */
export function loadActivePack(): Promise<void> {
  loading ??= Promise.all([loadStoredPack('active'), loadStoredPack('previous')])
    .then(([active, previous]) => {
      activePack.value = active ?? { pack: DEFAULT_PACK, source: 'default' };
      previousPack.value = previous;
    })
    .catch(() => {
      // Storage unreadable: the default rules still apply, and are the conservative ones.
      loading = undefined;
    })
    .finally(() => {
      packLoaded.value = true;
    });
  return loading;
}

/** Applies a checked pack, keeping the current one as previous. The signals change only after the write commits. */
export async function applyImportedPack(pack: ProtocolPack, source: 'file' | 'link'): Promise<void> {
  const current = activePack.value;
  const stored = await applyPack(pack, source, current);
  previousPack.value = { slot: 'previous', pack: current.pack, source: current.source, appliedAt: stored.appliedAt };
  activePack.value = stored;
}

/** Puts the previous pack back in use (the current one becomes the previous). */
export async function restorePack(): Promise<boolean> {
  const restored = await restorePreviousPack();
  if (!restored) return false;
  const current = activePack.value;
  previousPack.value = { slot: 'previous', pack: current.pack, source: current.source, appliedAt: restored.appliedAt };
  activePack.value = restored;
  return true;
}

/** Forgets what was read, so the next load reads storage again (tests, and after an erase). */
export function resetPackState(): void {
  loading = undefined;
  activePack.value = { pack: DEFAULT_PACK, source: 'default' };
  previousPack.value = undefined;
  packLoaded.value = false;
}
