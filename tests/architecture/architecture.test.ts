import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkTree } from './import-rules';

const doc = '/** Doc. */\n';

describe('architecture rules', () => {
  it('holds for every file in src', () => {
    expect(checkTree(join(import.meta.dirname, '../../src'))).toEqual([]);
  });

  it('catches a feature importing another feature', () => {
    const violations = checkFile('features/journal/X.tsx', "import { y } from '../sharing/Y';\n");
    expect(violations.map((v) => v.rule)).toContain('a feature may not import another feature (../sharing/Y)');
  });

  it('catches a feature importing app/', () => {
    expect(checkFile('features/journal/X.tsx', "import { App } from '../../app/App';\n")).not.toEqual([]);
  });

  it('catches domain doing I/O through storage', () => {
    expect(checkFile('domain/x.ts', "import { getDb } from '../storage/db';\n")[0]?.rule).toMatch(
      /domain may not import storage/,
    );
  });

  it('catches ui importing state', () => {
    expect(checkFile('ui/X.tsx', "import { settings } from '../state/settings';\n")).not.toEqual([]);
  });

  it('catches idb outside storage/db.ts and crypto.subtle outside platform/crypto.ts', () => {
    expect(checkFile('storage/entries-store.ts', "import { openDB } from 'idb';\n")[0]?.rule).toMatch(/idb/);
    expect(checkFile('features/sharing/seal.ts', 'const k = crypto.subtle.generateKey;\n')[0]?.rule).toMatch(/crypto/);
    expect(checkFile('platform/crypto.ts', 'const k = crypto.subtle.generateKey;\n')).toEqual([]);
  });

  it('catches service-worker registration outside app/', () => {
    expect(checkFile('features/settings/X.ts', 'navigator.serviceWorker.register(u);\n')).not.toEqual([]);
  });

  it('catches the service worker importing the DOM-side layers', () => {
    expect(checkFile('sw/sw.ts', "import { getDb } from '../storage/db';\n")).not.toEqual([]);
  });

  it('catches an export without a doc comment, and accepts one with', () => {
    expect(checkFile('lib/x.ts', 'export const x = 1;\n')[0]?.rule).toMatch(/doc comment/);
    expect(checkFile('lib/x.ts', `${doc}export const x = 1;\n`)).toEqual([]);
  });

  it('catches a file that is too long', () => {
    expect(checkFile('lib/x.ts', 'const a = 1;\n'.repeat(301))[0]?.rule).toMatch(/lines/);
  });

  it('catches @ts-ignore', () => {
    expect(checkFile('lib/x.ts', '// @ts-ignore\nconst a = 1;\n')[0]?.rule).toMatch(/ts-ignore/);
  });
});
