// The protocol pack's content sections in force: the active pack's where it brings them, the defaults otherwise.
// Each reads the active-pack signal, so a screen that calls one re-renders once the stored pack has been read.
// (Checklists and prompt sets are replaced whole; breath patterns are merged by id; readings live in features/learn.)
import { DEFAULT_CHECKLISTS } from '../content/checklists';
import { PROMPT_SETS } from '../content/journal-prompts';
import type { ChecklistSet } from '../domain/checklist';
import type { PromptSet } from '../domain/journal-prompt-set';
import { activePack, loadActivePack } from './protocol-pack';

/** The preparation checklists in force. */
export function checklistsInForce(): ChecklistSet {
  void loadActivePack();
  return activePack.value.pack.checklists ?? DEFAULT_CHECKLISTS;
}

/** The journal prompt sets in force. */
export function promptSetsInForce(): readonly PromptSet[] {
  void loadActivePack();
  return activePack.value.pack.promptSets ?? PROMPT_SETS;
}
