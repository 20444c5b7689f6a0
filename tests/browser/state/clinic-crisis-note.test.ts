import { beforeEach, describe, expect, it } from 'vitest';
import { clinicLinesNote } from '../../../src/state/clinic-crisis-note';
import { applyImportedPack, loadActivePack, resetPackState, restorePack } from '../../../src/state/protocol-pack';
import { makePack } from '../../fixtures/safety-builders';
import { freshLockDatabase } from '../lock/fresh-database';

// The crash screen cannot load the pack, so the pack's owner leaves it a copy of a clinic's numbers in localStorage.

const clinicPack = makePack((pack) => {
  pack.id = 'harbour';
  pack.publisher = 'Harbour Clinic';
  pack.crisis.resources = [
    { id: 'clinic', name: 'Clinic line', number: '5550100', channels: ['call'], when: 'Any time.' },
  ];
});

describe('the crash screen’s copy of a clinic’s crisis numbers', () => {
  beforeEach(async () => {
    await freshLockDatabase();
    resetPackState();
    await loadActivePack();
  });

  it('is written when a clinic’s pack is applied, and removed when the default is put back', async () => {
    expect(clinicLinesNote()).toBeUndefined();
    await applyImportedPack(clinicPack, 'file');
    expect(clinicLinesNote()).toEqual({ publisher: 'Harbour Clinic', resources: clinicPack.crisis.resources });
    expect(await restorePack()).toBe(true);
    expect(clinicLinesNote()).toBeUndefined();
  });

  it('is written again from storage at start-up, so a cleared note comes back with the pack in force', async () => {
    await applyImportedPack(clinicPack, 'file');
    localStorage.clear();
    resetPackState();
    await loadActivePack();
    expect(clinicLinesNote()?.publisher).toBe('Harbour Clinic');
  });
});
