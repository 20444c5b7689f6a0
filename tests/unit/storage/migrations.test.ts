// The migration suite on fake-indexeddb (the same body runs in Chromium: tests/browser/storage/migrations.test.ts).
import 'fake-indexeddb/auto';
import { describeMigrations } from '../../fixtures/migration-suite';

describeMigrations('database migrations (Node, fake-indexeddb)');
