// Build time: which module files a lazily loaded screen needs beyond what the page's entry already loads, read from
// the finished bundle, so the first-frame script can ask for them by their hashed names.
import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The chunk holding `moduleSuffix` (a project path such as src/features/home/HomeScreen.tsx), or undefined. */
function chunkHolding(chunks: readonly OutputChunk[], moduleSuffix: string): OutputChunk | undefined {
  return chunks.find((chunk) => chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${moduleSuffix}`)));
}

/** The file names a chunk loads with it: itself and every chunk it imports statically, followed through. */
function withStaticImports(byName: ReadonlyMap<string, OutputChunk>, first: OutputChunk): Set<string> {
  const found = new Set<string>();
  const queue = [first.fileName];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (found.has(name)) continue;
    found.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return found;
}

/**
 * The URLs (from the site's root) of the module files the screen in `moduleSuffix` needs that the chunk holding
 * `entryModule` does not load already, in the order the bundle lists them. Throws when the bundle has no such screen
 * or entry: a first frame that preloads nothing would only be slower, silently.
 */
export function screenModules(bundle: OutputBundle, entryModule: string, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // Not `isEntry`: once the entry's modules are grouped into a named chunk, no chunk carries that flag.
  const entry = chunkHolding(chunks, entryModule);
  const screen = chunkHolding(chunks, moduleSuffix);
  if (!entry) throw new Error(`first-screen modules: no chunk holds ${entryModule}`);
  if (!screen) throw new Error(`first-screen modules: no chunk holds ${moduleSuffix}`);
  const loaded = withStaticImports(byName, entry);
  const needed = withStaticImports(byName, screen);
  return chunks
    .filter((chunk) => needed.has(chunk.fileName) && !loaded.has(chunk.fileName))
    .map((c) => `/${c.fileName}`);
}
