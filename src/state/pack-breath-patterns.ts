import { BREATH_LIBRARY } from '../content/breath-patterns';
import type { BreathPattern } from '../domain/breath-pattern';
import { activePack, loadActivePack } from './protocol-pack';

/** The breath library in force: the defaults, with the pack's patterns replacing same ids and added after. */
export function breathLibraryInForce(): readonly BreathPattern[] {
  void loadActivePack();
  const fromPack = activePack.value.pack.breathPatterns ?? [];
  if (fromPack.length === 0) return BREATH_LIBRARY;
  const byId = new Map(fromPack.map((p) => [p.id, p]));
  const known = new Set(BREATH_LIBRARY.map((p) => p.id));
  return [...BREATH_LIBRARY.map((p) => byId.get(p.id) ?? p), ...fromPack.filter((p) => !known.has(p.id))];
}
