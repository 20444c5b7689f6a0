import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../../src/content/default-pack';
import { DEFAULT_READINGS } from '../../../../src/content/readings';
import type { Reading } from '../../../../src/domain/reading';
import { libraryReadings } from '../../../../src/features/learn/library';
import { activePack } from '../../../../src/state/protocol-pack';
import '../../../fixtures/test-db';

const sitter = DEFAULT_READINGS.find((r) => r.id === 'sitter') as Reading;

describe('the reading library', () => {
  afterEach(() => {
    activePack.value = { pack: DEFAULT_PACK, source: 'default' };
  });

  it('shows the default readings when the pack brings none', () => {
    expect(libraryReadings().map((r) => r.id)).toContain('how-it-works');
  });

  it("takes a clinic pack's reading over the default with the same id, and adds new ones", () => {
    const clinicSitter = { ...sitter, title: 'For your sitter, from our clinic' };
    const extra = { ...sitter, id: 'clinic-parking', title: 'Where to park' };
    activePack.value = { pack: { ...DEFAULT_PACK, readings: [clinicSitter, extra] }, source: 'file' };
    const readings = libraryReadings();
    expect(readings.find((r) => r.id === 'sitter')?.title).toBe('For your sitter, from our clinic');
    expect(readings.find((r) => r.id === 'clinic-parking')?.title).toBe('Where to park');
    expect(readings.filter((r) => r.id === 'sitter')).toHaveLength(1);
  });

  it('leaves out a pack reading that does not validate, keeping the default', () => {
    activePack.value = {
      pack: { ...DEFAULT_PACK, readings: [{ id: 'sitter', title: 42 } as unknown as Reading] },
      source: 'file',
    };
    expect(libraryReadings().find((r) => r.id === 'sitter')?.title).toBe(sitter.title);
  });
});
