// Direct IndexedDB access for the session journey: seeding what other areas' screens would store, and reading
// back what session mode stored. Test-only; the app goes through src/storage.
import type { Page } from '@playwright/test';

/** A prescription as the prescription screen stores it, with a booster. */
export const PRESCRIPTION_WITH_BOOSTER = {
  medicine: 'Ketamine lozenge',
  doseAsWritten: 'One lozenge as directed',
  holdMinutes: 10,
  afterHold: 'spit',
  boosterPrescribed: true,
  boosterInstructions: 'A second lozenge only if written on the day sheet',
};

/**
 * Puts a care team (and, if given, a prescription) in the care plan the way the care-plan screen stores it (that
 * screen is another area's).
 */
export async function seedCareTeam(page: Page, prescription?: typeof PRESCRIPTION_WITH_BOOSTER): Promise<void> {
  await page.evaluate(
    (copied) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({
            key: 'care-plan',
            value: {
              careTeam: { name: 'Clinic nurse line', phone: '+1 555 010 2030' },
              ...(copied ? { prescription: copied } : {}),
              medicines: [],
              cautionBandAllowed: false,
              updatedAt: '2026-11-20T10:00:00.000Z',
            },
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    prescription,
  );
}

/**
 * Stores a check-in that passed, made now (by the page's clock), the way the check-in screen saves one: the dose rule
 * needs one before session mode records a dose.
 */
export async function seedReadyCheckIn(page: Page, id = 'readiness-ready'): Promise<void> {
  await page.evaluate(
    (checkInId) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const now = new Date().toISOString();
          const tx = open.result.transaction('readiness', 'readwrite');
          tx.objectStore('readiness').put({
            id: checkInId,
            createdAt: now,
            packId: 'stillpoint-default',
            packVersion: 'seeded',
            answers: {
              lastFoodAt: now,
              lastDrinkAt: now,
              alcoholOrCannabis: false,
              stimulants: 'not-applicable',
              medicines: 'not-applicable',
              sitterPresent: true,
              placeReady: true,
            },
            firstReading: { systolic: 120, diastolic: 80, heartRate: 70, takenAt: now },
            decision: 'ready',
            reasons: [{ ruleId: 'blood-pressure', level: 'ok', text: 'Blood pressure 120/80.' }],
            careTeamNotes: [],
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    id,
  );
}

/** Plans a session the way Prepare stores one (that screen is another area's). */
export async function seedPlannedSession(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').put({ id: 'planned-7', createdAt: new Date().toISOString(), status: 'planned' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Stores a session under way, dosed at `dosedAt`, as a release before issue 17 saved one: its sitter observations
 * under the older names `checkIns` and `checkInLaterMinutes` (one at 15 minutes, then every 45 after the first hour).
 */
export async function seedOlderActiveSession(page: Page, dosedAt: string): Promise<void> {
  await page.evaluate(
    (dose) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').put({
            id: 'older-1',
            createdAt: dose,
            status: 'active',
            startedAt: dose,
            dosedAt: dose,
            steps: [{ kind: 'dose', at: dose }],
            checkIns: [{ dueMinute: 15, at: dose, awake: 'asleep', breathingNormal: true }],
            checkInLaterMinutes: 45,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    dosedAt,
  );
}

/** What the journeys read back from a stored session. */
export interface StoredSession {
  id: string;
  status: string;
  dosedAt?: string;
  readinessId?: string;
  steps?: { kind: string }[];
  observations?: { dueMinute: number }[];
  observationLaterMinutes?: number;
}

/** Every stored session record, as saved. */
export function storedSessions(page: Page): Promise<StoredSession[]> {
  return page.evaluate(
    () =>
      new Promise<StoredSession[]>((resolve) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const all = open.result.transaction('sessions').objectStore('sessions').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
}

/** The text of the unsaved session note kept in the drafts store, if any. */
export function storedDraftText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            const draft = (all.result as { id: string; text: string }[]).find((d) => d.id.startsWith('session-note'));
            open.result.close();
            resolve(draft?.text ?? null);
          };
        };
      }),
  );
}
