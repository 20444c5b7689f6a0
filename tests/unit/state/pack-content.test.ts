import { afterEach, describe, expect, it } from 'vitest';
import { BREATH_LIBRARY } from '../../../src/content/breath-patterns';
import { DEFAULT_CHECKLISTS } from '../../../src/content/checklists';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { PROMPT_SETS } from '../../../src/content/journal-prompts';
import { breathLibraryInForce } from '../../../src/state/pack-breath-patterns';
import { checklistsInForce, promptSetsInForce } from '../../../src/state/pack-content';
import { activePack } from '../../../src/state/protocol-pack';
import '../../fixtures/test-db';

describe("the pack's content sections in force", () => {
  afterEach(() => {
    activePack.value = { pack: DEFAULT_PACK, source: 'default' };
  });

  it('are the defaults when the pack brings none, with the pack’s numbers in the checklists', () => {
    expect(checklistsInForce().map((list) => list.phase)).toEqual(DEFAULT_CHECKLISTS.map((list) => list.phase));
    expect(JSON.stringify(checklistsInForce())).not.toMatch(/\{[a-z0-9.-]+\}/);
    expect(promptSetsInForce()).toBe(PROMPT_SETS);
    expect(breathLibraryInForce()).toBe(BREATH_LIBRARY);
  });

  it('state a clinic pack’s fasting hours, not the default’s', () => {
    const clinic = structuredClone(DEFAULT_PACK);
    clinic.readiness.food.hours = 6;
    activePack.value = { pack: clinic, source: 'file' };
    const texts = checklistsInForce().flatMap((list) => list.items.map((item) => item.text));
    expect(texts).toContain('Nothing to eat for 6 hours before the session.');
    expect(texts.join('\n')).not.toContain('for 4 hours');
  });

  it("are the clinic's checklists and prompt sets when its pack brings them", () => {
    const checklists = DEFAULT_CHECKLISTS.map((list) => ({ ...list, title: `Clinic: ${list.title}` }));
    const promptSets = PROMPT_SETS.map((set) => ({ ...set, title: `Clinic: ${set.title}` }));
    activePack.value = { pack: { ...DEFAULT_PACK, checklists, promptSets }, source: 'file' };
    expect(checklistsInForce()[0]?.title).toMatch(/^Clinic: /);
    expect(promptSetsInForce()[0]?.title).toMatch(/^Clinic: /);
  });

  it("merge the clinic's breath patterns by id: same id replaces, a new one is added", () => {
    const first = BREATH_LIBRARY[0];
    if (!first) throw new Error('empty library');
    const replaced = { ...first, name: 'Clinic version' };
    const added = { ...first, id: 'clinic-slow', name: 'Clinic slow breathing' };
    activePack.value = { pack: { ...DEFAULT_PACK, breathPatterns: [replaced, added] }, source: 'file' };
    const library = breathLibraryInForce();
    expect(library.find((p) => p.id === first.id)?.name).toBe('Clinic version');
    expect(library.find((p) => p.id === 'clinic-slow')?.name).toBe('Clinic slow breathing');
    expect(library).toHaveLength(BREATH_LIBRARY.length + 1);
  });
});
