import { signal } from '@preact/signals';
import { DEFAULT_PACK } from '../content/default-pack';
import type { ProtocolPack } from '../domain/protocol-pack';
import { applyPack, loadStoredPack, restorePreviousPack, type StoredPack } from '../storage/packs-store';
import { clinicLinesOf, writeClinicCrisisNote } from './clinic-crisis-note';

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

type PackInForce = typeof activePack.value;

/** The one writer of the pack in force, so the crash screen's copy of a clinic's numbers never lags behind it. */
function setActive(next: PackInForce): void {
  activePack.value = next;
  writeClinicCrisisNote(clinicLinesOf(next.pack, next.source));
}

/**
 * A stored pack whose source is the default stands for the app's own default, which may have been corrected since it
 * was stored (a restore keeps a copy): the built-in default in this build is the one in force.
 */
function inForce(stored: StoredPack): StoredPack {
  return stored.source === 'default' ? { ...stored, pack: DEFAULT_PACK } : stored;
}

/** Reads the pack in force from storage now, not from this page's memory: a rule deciding at a tap asks this. */
export async function readPackInForce(): Promise<ProtocolPack> {
  const active = await loadStoredPack('active');
  return active ? inForce(active).pack : DEFAULT_PACK;
}

/** Reads the stored packs once (every screen that needs the pack awaits this). A damaged pack falls back to the default. */
export function loadActivePack(): Promise<void> {
  loading ??= Promise.all([loadStoredPack('active'), loadStoredPack('previous')])
    .then(([active, previous]) => {
      setActive(active ? inForce(active) : { pack: DEFAULT_PACK, source: 'default' });
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
  setActive(stored);
}

/** Puts the previous pack back in use (the current one becomes the previous). */
export async function restorePack(): Promise<boolean> {
  const restored = await restorePreviousPack();
  if (!restored) return false;
  const current = activePack.value;
  previousPack.value = { slot: 'previous', pack: current.pack, source: current.source, appliedAt: restored.appliedAt };
  setActive(inForce(restored));
  return true;
}

/** Forgets what was read, so the next load reads storage again (tests, and after an erase). */
export function resetPackState(): void {
  loading = undefined;
  setActive({ pack: DEFAULT_PACK, source: 'default' });
  previousPack.value = undefined;
  packLoaded.value = false;
}
