import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, checkSourceTree } from './check-tree';
import { checkFile, sourceFiles } from './import-rules';

const doc = '/** Doc. */\n';

describe('architecture rules', () => {
  const src = join(import.meta.dirname, '../../src');

  it('holds for every file in src, having read all of them', () => {
    expect(sourceFiles(src).length).toBeGreaterThan(100);
    expect(checkSourceTree(src)).toEqual([]);
  });

  it('fails a run that read no files', () => {
    expect(checkSources({}).map((v) => v.rule)).toEqual([expect.stringMatching(/read no files/)]);
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

  describe('import cycles (static, lazy and type-only imports all count)', () => {
    const rulesOf = (sources: Record<string, string>) => checkSources(sources, []).map((v) => v.rule);

    it('catches a static cycle', () => {
      expect(rulesOf({ 'lib/a.ts': "import { b } from './b';\n", 'lib/b.ts': "import { a } from './a';\n" })).toEqual([
        'import cycle: lib/a.ts ↔ lib/b.ts',
      ]);
    });

    it('catches a cycle closed by a lazy import()', () => {
      const sources = {
        'state/lock.ts': "const engine = () => import('./lock-engine');\n",
        'state/lock-engine.ts': "import { lock } from './lock';\n",
      };
      expect(rulesOf(sources)).toEqual(['import cycle: state/lock-engine.ts ↔ state/lock.ts']);
    });

    it('catches a cycle closed by a type-only import, through an index file', () => {
      const sources = {
        'domain/x/index.ts': "export { y } from '../y';\n",
        'domain/y.ts': "import type { X } from './x';\n",
      };
      expect(rulesOf(sources)).toEqual(['import cycle: domain/x/index.ts ↔ domain/y.ts']);
    });

    it('accepts imports that only point one way', () => {
      expect(rulesOf({ 'lib/a.ts': "import { b } from './b';\n", 'lib/b.ts': 'const b = 1;\n' })).toEqual([]);
    });

    it('lets an allowlisted cycle through, and reports an allowlist entry that no longer matches', () => {
      const cycle = { 'lib/a.ts': "import { b } from './b';\n", 'lib/b.ts': "import { a } from './a';\n" };
      const allowed = [{ files: ['lib/a.ts', 'lib/b.ts'], reason: 'test' }];
      expect(checkSources(cycle, allowed)).toEqual([]);
      const fixed = { 'lib/a.ts': "import { b } from './b';\n", 'lib/b.ts': 'const b = 1;\n' };
      expect(checkSources(fixed, allowed)[0]?.rule).toMatch(/allowlisted cycle is gone/);
    });
  });

  describe('I/O globals in domain/ and lib/', () => {
    it('catches localStorage in domain, and each of the others in lib', () => {
      expect(checkFile('domain/x.ts', 'const v = localStorage.getItem(k);\n')).toEqual([]);
      expect(checkSources({ 'domain/x.ts': 'const v = localStorage.getItem(k);\n' })[0]?.rule).toBe(
        'domain does no I/O and may not use localStorage',
      );
      for (const [code, name] of [
        ['indexedDB.open(n);', 'indexedDB'],
        ['document.title = t;', 'document'],
        ['const l = navigator.language;', 'navigator'],
        ['await fetch(u);', 'fetch'],
      ]) {
        expect(checkSources({ 'lib/x.ts': `${code}\n` }).map((v) => v.rule)).toEqual([
          `lib does no I/O and may not use ${name}`,
        ]);
      }
    });

    it('accepts the same words in comments, strings, property names and outside the pure layers', () => {
      const source =
        "// reads the document\nconst a = { fetch: 1, document: 2 };\nconst b = a.document + 'navigator';\n";
      expect(checkSources({ 'domain/x.ts': source })).toEqual([]);
      expect(checkSources({ 'platform/x.ts': 'const v = localStorage.getItem(k);\n' })).toEqual([]);
    });
  });

  describe('routes are lazy', () => {
    const index = (body: string) =>
      `import { lazy } from 'preact-iso';\nimport type { FeatureRoute } from '../../ui/feature-route';\n${body}`;

    it('accepts lazy screens, inline or named', () => {
      const source = index(
        "const editor = lazy(() => import('./Editor').then((m) => m.Editor));\nconst routes = [\n  { path: '/a', component: lazy(() => import('./A').then((m) => m.A)) },\n  { path: '/b', component: editor },\n];\n",
      );
      expect(checkSources({ 'features/x/index.ts': source })).toEqual([]);
    });

    it('accepts screens loaded through ui/lazy-screen', () => {
      const source =
        "import { lazyScreen } from '../../ui/lazy-screen';\nimport type { FeatureRoute } from '../../ui/feature-route';\nconst routes = [{ path: '/a', component: lazyScreen(() => import('./A').then((m) => m.A)) }];\n";
      expect(checkSources({ 'features/x/index.ts': source })).toEqual([]);
    });

    it('catches an eager route: a screen imported statically into the feature index', () => {
      const source = index(
        "import { AScreen } from './AScreen';\nconst routes = [{ path: '/a', component: AScreen }];\n",
      );
      expect(checkSources({ 'features/x/index.ts': source }).map((v) => v.rule)).toEqual([
        'route table imports ./AScreen eagerly (routes must be lazy)',
        'route component AScreen is not lazy()',
      ]);
    });

    it('catches app/routes.ts importing a screen rather than a feature index', () => {
      const source =
        "import { JournalScreen } from '../features/journal/JournalScreen';\nimport * as home from '../features/home';\n";
      expect(checkSources({ 'app/routes.ts': source }).map((v) => v.rule)).toEqual([
        'route table imports ../features/journal/JournalScreen eagerly (routes must be lazy)',
      ]);
    });
  });

  it('catches an @ts-expect-error without a reason, and accepts one with', () => {
    expect(checkSources({ 'lib/x.ts': '// @ts-expect-error\nconst a: number = "";\n' })[0]?.rule).toMatch(/reason/);
    expect(checkSources({ 'lib/x.ts': '/* @ts-expect-error */\nconst a: number = "";\n' })[0]?.rule).toMatch(/reason/);
    expect(
      checkSources({ 'lib/x.ts': '// @ts-expect-error the old signature is kept for stored records\nconst a = 1;\n' }),
    ).toEqual([]);
  });
});
