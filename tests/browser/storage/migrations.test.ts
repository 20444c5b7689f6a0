// The migration suite on Chromium's own IndexedDB (the same body runs in Node: tests/unit/storage/migrations.test.ts).
import { describeMigrations } from '../../fixtures/migration-suite';

describeMigrations('database migrations (Chromium)');
