// Direct IndexedDB access for the session journey: seeding what other areas' screens would store, and reading
// back what session mode stored. Test-only; the app goes through src/storage.
import type { Page } from '@playwright/test';

/** Puts a care team in the care plan the way the care-plan screen stores it (that screen is another area's). */
export async function seedCareTeam(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({
            key: 'care-plan',
            value: {
              careTeam: { name: 'Clinic nurse line', phone: '+1 555 010 2030' },
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

/** Every stored session record, as saved. */
export function storedSessions(page: Page): Promise<{ id: string; steps?: { kind: string }[] }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; steps?: { kind: string }[] }[]>((resolve) => {
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
