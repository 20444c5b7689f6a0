// Page-side helpers for the reliability suite: seed the app's database and read it back raw, binaries included.
import type { Page } from '@playwright/test';

/** Writes records straight into the app's database (as earlier use of the app would have left them). */
export async function seedStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (input) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stillpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(input), 'readwrite');
    for (const [name, records] of Object.entries(input)) {
      for (const record of records as Record<string, unknown>[]) {
        // Playwright cannot pass binary data: an `audioBytes` array becomes the record's audio ArrayBuffer here,
        // as the journal stores it.
        const { audioBytes, ...rest } = record as { audioBytes?: number[] };
        tx.objectStore(name).put(audioBytes ? { ...rest, audio: new Uint8Array(audioBytes).buffer } : rest);
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stores);
}

/** Every record of every store, as stored, with Blobs spelled out byte by byte (to compare two dumps exactly). */
export function dumpAllStores(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stillpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const spell = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
      if (value instanceof ArrayBuffer) return { arrayBuffer: [...new Uint8Array(value)] };
      if (Array.isArray(value)) return Promise.all(value.map(spell));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) out[key] = await spell(inner);
        return out;
      }
      return value;
    };
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      out[name] = (await spell(records)) as unknown[];
    }
    db.close();
    return out;
  });
}

/** What is left on the device: database names, cache names, service-worker registrations. */
export function leftovers(page: Page): Promise<{ databases: string[]; caches: string[]; registrations: number }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/** A varied set of records: settings, care plan, drafts, sessions, journal entries, a voice note with audio. */
export function makeSeedStores(): Record<string, unknown[]> {
  return {
    settings: [
      {
        key: 'care-plan',
        value: {
          sitter: { name: 'Sam', phone: '+1 555 0100' },
          medicines: [{ name: 'Sertraline', instructions: 'As usual.' }],
          cautionBandAllowed: false,
          updatedAt: '2026-11-01T09:05:00.000Z',
        },
      },
    ],
    drafts: [
      {
        id: 'journal:new',
        text: 'Half a thought.',
        fields: { title: 'Tuesday' },
        updatedAt: '2026-11-02T18:30:00.000Z',
      },
    ],
    sessions: [
      { id: 'session-1', createdAt: '2026-10-20T09:00:00.000Z', status: 'ended', intention: 'Be kind to myself.' },
      { id: 'session-2', createdAt: '2026-11-05T09:00:00.000Z', status: 'planned' },
    ],
    entries: Array.from({ length: 50 }, (_, i) => ({
      id: `entry-${i}`,
      createdAt: new Date(Date.UTC(2026, 9, 21, 9, i)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 9, 21, 9, i)).toISOString(),
      text: `Entry ${i}: the music felt far away, then close. ünïcødé ✓ 🌿`,
      tags: i % 2 ? ['music'] : [],
    })),
    voiceNotes: [
      {
        id: 'voice-1',
        entryId: 'entry-1',
        createdAt: '2026-10-21T10:00:00.000Z',
        mimeType: 'audio/webm',
        durationMs: 2500,
        audioBytes: Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
      },
    ],
  };
}
