// The database's shape: store and index names, and the migrations that build them.
// WARNING: store and index names are stored on people's devices. Never rename or remove one; add a new
// migration instead. A migration block never changes once it has been released.

/** The database's name on the device. Never change it. */
export const DB_NAME = 'stillpoint';

/** Every object store, by name. */
export const STORES = {
  settings: 'settings',
  drafts: 'drafts',
  packs: 'packs',
  screenings: 'screenings',
  checklists: 'checklists',
  sessions: 'sessions',
  readiness: 'readiness',
  breathPatterns: 'breathPatterns',
  practices: 'practices',
  entries: 'entries',
  voiceNotes: 'voiceNotes',
  scaleResults: 'scaleResults',
  plans: 'plans',
  keys: 'keys',
  contacts: 'contacts',
  shares: 'shares',
  inbox: 'inbox',
  comments: 'comments',
  imports: 'imports',
} as const;

/** A store's name. */
export type StoreName = (typeof STORES)[keyof typeof STORES];

/**
 * The indexes of each store, as the migrations below create them: the record store's indexed reads take their names
 * from here, so a wrong or missing index name fails to compile. Keep in step with the migrations (the migration
 * test compares them).
 */
export const INDEXES = {
  screenings: ['by-date'],
  sessions: ['by-date'],
  readiness: ['by-date'],
  practices: ['by-date'],
  entries: ['by-date', 'by-session'],
  voiceNotes: ['by-date', 'by-entry'],
  scaleResults: ['by-date'],
  plans: ['by-date'],
  shares: ['by-date'],
  inbox: ['by-date', 'by-contact'],
  comments: ['by-date', 'by-item'],
} as const satisfies Partial<Record<StoreName, readonly string[]>>;

/** A store that has indexes. */
export type IndexedStore = keyof typeof INDEXES;
/** The name of one of a store's indexes. */
export type IndexName<S extends StoreName> = S extends IndexedStore ? (typeof INDEXES)[S][number] : never;
/** A store with a `by-date` index (every record listed by its date). */
export type DatedStore = { [S in IndexedStore]: 'by-date' extends IndexName<S> ? S : never }[IndexedStore];

/** One migration: runs inside the upgrade transaction, on the native database. */
export type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

/** Creates a store keyed by `id` with a `by-date` index on the given field (records keep ids and dates in the clear). */
function datedStore(db: IDBDatabase, name: StoreName, dateField: string): IDBObjectStore {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  store.createIndex('by-date', dateField);
  return store;
}

/**
 * The numbered migrations: MIGRATIONS[n - 1] upgrades a database from version n - 1 to n.
 * Released versions are frozen; tests/fixtures/databases holds a saved database for each.
 */
export const MIGRATIONS: readonly Migration[] = [
  // Version 1: the first release.
  (db) => {
    db.createObjectStore(STORES.settings, { keyPath: 'key' });
    db.createObjectStore(STORES.drafts, { keyPath: 'id' });
    db.createObjectStore(STORES.packs, { keyPath: 'slot' });
    datedStore(db, STORES.screenings, 'completedAt');
    db.createObjectStore(STORES.checklists, { keyPath: 'id' });
    datedStore(db, STORES.sessions, 'createdAt');
    datedStore(db, STORES.readiness, 'createdAt');
    db.createObjectStore(STORES.breathPatterns, { keyPath: 'id' });
    datedStore(db, STORES.practices, 'startedAt');
    datedStore(db, STORES.entries, 'createdAt').createIndex('by-session', 'sessionId');
    datedStore(db, STORES.voiceNotes, 'createdAt').createIndex('by-entry', 'entryId');
    datedStore(db, STORES.scaleResults, 'completedAt');
    datedStore(db, STORES.plans, 'dueAt');
    db.createObjectStore(STORES.keys, { keyPath: 'id' });
    db.createObjectStore(STORES.contacts, { keyPath: 'id' });
    datedStore(db, STORES.shares, 'createdAt');
    datedStore(db, STORES.inbox, 'receivedAt').createIndex('by-contact', 'contactId');
    datedStore(db, STORES.comments, 'createdAt').createIndex('by-item', 'itemId');
    db.createObjectStore(STORES.imports, { keyPath: 'id' });
  },
];

/** The version this build of the app opens: one per migration. */
export const DB_VERSION = MIGRATIONS.length;

/** Runs every migration between the two versions, in order. */
export function runMigrations(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const migration = MIGRATIONS[version - 1];
    if (!migration) throw new Error(`No migration to version ${version}`);
    migration(db, tx);
  }
}
