// How the build groups modules into chunks: by what loads together, not one file per module. The first screens
// (welcome on a first visit, home for a returning patient) then fetch a handful of files, each holding only what
// that screen needs; see budgets.md (js_welcome_gzip_kib, js_home_gzip_kib, js_home_requests) and
// scripts/size-budget.mjs (`npm run size -- --files` lists what each screen fetched).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The entry: everything it imports statically is the start of every visit. */
export const ENTRY = 'src/main.tsx';
/** The first screen of a first visit. */
const WELCOME_SCREEN = 'src/features/welcome/WelcomeScreen.tsx';
/** The first screen of a returning patient: its first frame reads through the storage core only, without zod. */
export const HOME_SCREEN = 'src/features/home/HomeScreen.tsx';

/** The everyday stores: most screens read through them (with zod and their record schemas). */
const EVERYDAY_STORES = [
  'src/storage/settings-store.ts',
  'src/storage/sessions-store.ts',
  'src/storage/drafts-store.ts',
  'src/storage/plans-store.ts',
  'src/storage/entries-store.ts',
  'src/storage/scale-results-store.ts',
];

const DATA_LAYERS = /^src\/(storage|domain)\//;

/** The project file an import names, or undefined when it is not a .ts or .tsx file of the project. */
function resolveImport(root: string, from: string, specifier: string): string | undefined {
  for (const ext of ['.ts', '.tsx']) {
    const target = relative(root, join(root, dirname(from), `${specifier}${ext}`)).replaceAll('\\', '/');
    if (existsSync(join(root, target))) return target;
  }
  return undefined;
}

/**
 * Every project module the given ones import statically (value imports and re-exports, followed through; lazy
 * `import()`s are not followed: they load later), read from the source so the lists never go stale. Paths relative
 * to the project root. `within` limits which modules are followed.
 */
function staticImports(root: string, entries: readonly string[], within = /^src\//): Set<string> {
  const found = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gm)) {
      const target = resolveImport(root, file, match[1] as string);
      if (target && within.test(target)) queue.push(target);
    }
  }
  return found;
}

/** One group: a chunk name and which module ids go in it (with the modules they import, unless taken already). */
export interface ChunkGroup {
  name: string;
  test: RegExp | ((id: string) => boolean);
  priority: number;
}

/**
 * The groups, highest priority first: the start (the entry, the UI framework, and what both first screens use);
 * the storage core the home screen reads through (idb, the database, the record reads, the home screen's own
 * checks); the welcome screen and the home screen, each with what only it uses; and the everyday data layer (zod,
 * the everyday stores and their schemas), which neither first screen loads.
 */
export function chunkGroups(root: string): ChunkGroup[] {
  const start = staticImports(root, [ENTRY]);
  const welcome = staticImports(root, [WELCOME_SCREEN]);
  const home = staticImports(root, [HOME_SCREEN]);
  const both = new Set([...welcome].filter((file) => home.has(file)));
  const core = new Set([...home].filter((file) => DATA_LAYERS.test(file)));
  const data = staticImports(root, EVERYDAY_STORES, DATA_LAYERS);
  const file = (id: string) => relative(root, id.split('?')[0] ?? id).replaceAll('\\', '/');
  const inSet = (set: Set<string>) => (id: string) => set.has(file(id));
  return [
    {
      name: 'start',
      test: (id) =>
        /node_modules[\\/](preact|preact-iso|@preact[\\/]signals|@preact[\\/]signals-core)[\\/]/.test(id) ||
        start.has(file(id)) ||
        (both.has(file(id)) && !core.has(file(id))),
      priority: 5,
    },
    { name: 'storage', test: (id) => /node_modules[\\/]idb[\\/]/.test(id) || core.has(file(id)), priority: 4 },
    { name: 'welcome', test: inSet(welcome), priority: 3 },
    { name: 'home', test: inSet(home), priority: 2 },
    { name: 'data', test: (id) => /node_modules[\\/]zod[\\/]/.test(id) || data.has(file(id)), priority: 1 },
  ];
}
