import { describe, expect, it } from 'vitest';
import type { Prescription } from '../../../src/domain/care-plan';
import type { SessionRecord } from '../../../src/domain/session';
import {
  addNote,
  closeWithoutDose,
  endSession,
  logObservation,
  recordStep,
  startSession,
  withStart,
} from '../../../src/domain/session-lifecycle';

const NOW = new Date('2026-11-21T19:30:00.000Z');

function makePrescription(): Prescription {
  return { medicine: 'Ketamine lozenge', doseAsWritten: 'As written', holdMinutes: 15, boosterPrescribed: false };
}

function makePlanned(): SessionRecord {
  return { id: 'planned-1', createdAt: '2026-11-20T10:00:00.000Z', status: 'planned', intention: 'Be kind to myself' };
}

describe('starting a session', () => {
  it('starts the planned session when there is one, keeping what was prepared', () => {
    const session = startSession({
      planned: makePlanned(),
      newId: 'new',
      start: { by: 'check-in', readinessId: 'readiness-7' },
      prescription: makePrescription(),
      now: NOW,
    });
    expect(session).toMatchObject({
      id: 'planned-1',
      status: 'active',
      intention: 'Be kind to myself',
      readinessId: 'readiness-7',
      startedAt: NOW.toISOString(),
      observationLaterMinutes: 30,
    });
  });

  it('creates a new session when none is planned, and records a pack that does not use the check-in', () => {
    const session = startSession({
      planned: undefined,
      newId: 'new',
      start: { by: 'check-in-not-used', packId: 'clinic', packVersion: '3' },
      prescription: makePrescription(),
      now: NOW,
    });
    expect(session).toMatchObject({
      id: 'new',
      status: 'active',
      checkInNotUsed: { packId: 'clinic', packVersion: '3' },
    });
    expect(session.readinessId).toBeUndefined();
  });

  it('keeps only what allowed the dose: a later check-in replaces the one the session started from', () => {
    const started = startSession({
      planned: makePlanned(),
      newId: 'new',
      start: { by: 'check-in', readinessId: 'first' },
      prescription: makePrescription(),
      now: NOW,
    });
    expect(withStart(started, { by: 'check-in', readinessId: 'second' }).readinessId).toBe('second');
    const notUsed = withStart(started, { by: 'check-in-not-used', packId: 'p', packVersion: '1' });
    expect(notUsed.readinessId).toBeUndefined();
    expect(notUsed.checkInNotUsed).toEqual({ packId: 'p', packVersion: '1' });
  });
});

describe('during a session', () => {
  const active = startSession({
    planned: undefined,
    newId: 's',
    start: { by: 'check-in', readinessId: 'r' },
    prescription: makePrescription(),
    now: NOW,
  });

  it('starts the session clock from the recorded dose, and keeps the first time if tapped twice', () => {
    const dosed = recordStep(active, 'dose', '2026-11-21T19:35:00.000Z');
    expect(dosed.dosedAt).toBe('2026-11-21T19:35:00.000Z');
    expect(recordStep(dosed, 'dose', '2026-11-21T19:40:00.000Z')).toBe(dosed);
  });

  it('keeps one sitter observation per schedule mark, in order', () => {
    let session = logObservation(active, { dueMinute: 30, at: 'b', awake: 'asleep' });
    session = logObservation(session, { dueMinute: 15, at: 'a', awake: 'awake' });
    session = logObservation(session, { dueMinute: 30, at: 'c', awake: 'awake' });
    expect(session.observations?.map((o) => [o.dueMinute, o.at])).toEqual([
      [15, 'a'],
      [30, 'c'],
    ]);
  });

  it('keeps notes with their times and ends with vitals', () => {
    const noted = addNote(active, ' Music feels close ', '2026-11-21T20:00:00.000Z');
    expect(noted.notes).toEqual([{ at: '2026-11-21T20:00:00.000Z', text: 'Music feels close' }]);
    const vitals = { systolic: 120, diastolic: 80, heartRate: 70, at: '2026-11-21T21:30:00.000Z' };
    expect(endSession(noted, vitals, vitals.at)).toMatchObject({
      status: 'ended',
      endedAt: vitals.at,
      vitalsAfter: vitals,
    });
  });

  it('closes without a dose only while no dose is recorded', () => {
    expect(closeWithoutDose(active, 'later')).toMatchObject({ status: 'cancelled', endedAt: 'later' });
    const dosed = recordStep(active, 'dose', '2026-11-21T19:35:00.000Z');
    expect(closeWithoutDose(dosed, 'later')).toBe(dosed);
  });
});
