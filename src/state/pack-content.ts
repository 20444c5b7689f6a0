// The protocol pack's content sections in force: the active pack's where it brings them, the defaults otherwise.
// Each reads the active-pack signal, so a screen that calls one re-renders once the stored pack has been read.
// (Checklists and prompt sets are replaced whole; breath patterns are merged by id; readings live in features/learn.)
import { DEFAULT_CHECKLISTS } from '../content/checklists';
import { PROMPT_SETS } from '../content/journal-prompts';
import type { ChecklistSet } from '../domain/checklist';
import type { PromptSet } from '../domain/journal-prompt-set';
import { fillChecklists } from '../domain/pack-text';
import type { ProtocolPack } from '../domain/protocol-pack';
import { activePack, loadActivePack } from './protocol-pack';

let filled: { pack: ProtocolPack; lists: ChecklistSet } | undefined;

/** The preparation checklists in force, with the pack's numbers in their text. */
export function checklistsInForce(): ChecklistSet {
  void loadActivePack();
  const pack = activePack.value.pack;
  if (filled?.pack !== pack) filled = { pack, lists: fillChecklists(pack.checklists ?? DEFAULT_CHECKLISTS, pack) };
  return filled.lists;
}

/** The journal prompt sets in force. */
export function promptSetsInForce(): readonly PromptSet[] {
  void loadActivePack();
  return activePack.value.pack.promptSets ?? PROMPT_SETS;
}
