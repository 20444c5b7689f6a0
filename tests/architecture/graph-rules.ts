// Rules that need more than one line of one file: import cycles over the whole of src (static, lazy and type-only
// imports all count: a cycle is a knot in the design whichever way it is tied), I/O globals in the pure layers,
// routes that are not lazy, and @ts-expect-error without a reason.
import { dirname, join, relative, resolve } from 'node:path';
import { importsOf, type Violation } from './import-rules';

/** Resolves a relative import of `from` (paths relative to src) to a file in `files`, if it names one. */
function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = relative('/src', resolve('/src', dirname(from), spec)).replaceAll('\\', '/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.map((c) => c.replaceAll('\\', '/')).find((c) => files.has(c));
}

/** The import graph of a set of sources (file → files it imports, in src). */
export function importGraph(sources: Readonly<Record<string, string>>): Map<string, string[]> {
  const files = new Set(Object.keys(sources));
  const graph = new Map<string, string[]>();
  for (const [file, source] of Object.entries(sources)) {
    const targets = importsOf(source)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveImport(file, spec, files))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import cycle, as the sorted files of one strongly connected component (Tarjan's algorithm). */
export function importCycles(graph: ReadonlyMap<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** Source text with comments and string/template contents blanked, so words in them are not taken for code. */
export function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

/** Browser I/O the pure layers (domain/, lib/) may not touch. */
export const IO_GLOBALS = ['localStorage', 'sessionStorage', 'indexedDB', 'document', 'navigator', 'fetch'] as const;

/** I/O globals a file in domain/ or lib/ uses (a property named the same, `x.document`, is not one). */
export function ioGlobalsIn(file: string, source: string): Violation[] {
  if (!file.startsWith('domain/') && !file.startsWith('lib/')) return [];
  const code = codeOnly(source);
  return IO_GLOBALS.filter((name) => new RegExp(`(?<![.\\w$])${name}\\b(?!\\s*:)`).test(code)).map((name) => ({
    file,
    rule: `${file.split('/')[0]} does no I/O and may not use ${name}`,
  }));
}

/** An @ts-expect-error with no reason after it on its line. */
export function unexplainedExpectErrors(file: string, source: string): Violation[] {
  return /@ts-expect-error[ \t]*(?:[-:—][ \t]*)?(?:\*\/)?[ \t]*$/m.test(source)
    ? [{ file, rule: '@ts-expect-error needs its reason on the same line' }]
    : [];
}

/**
 * Routes that are not lazy: a feature's index.ts may import at run time only ui/lazy-screen (or preact-iso's lazy;
 * everything else as types), every `component:` there must be a lazyScreen() or lazy() screen, and app/routes.ts may
 * import only features' index files.
 */
export function eagerRoutes(file: string, source: string): Violation[] {
  const isIndex = /^features\/[\w-]+\/index\.ts$/.test(file);
  if (!isIndex && file !== 'app/routes.ts') return [];
  const out: Violation[] = [];
  for (const match of source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s*'([^']+)'/gm)) {
    const spec = match[1] ?? '';
    const allowed = isIndex
      ? spec === 'preact-iso' || spec === '../../ui/lazy-screen'
      : /^\.\.\/features\/[\w-]+$/.test(spec);
    if (!allowed) out.push({ file, rule: `route table imports ${spec} eagerly (routes must be lazy)` });
  }
  if (isIndex) {
    const lazyNames = new Set([...source.matchAll(/const\s+(\w+)\s*=\s*(?:lazy|lazyScreen)\(/g)].map((m) => m[1]));
    for (const match of source.matchAll(/component:\s*([\w$]+)(\()?/g)) {
      const lazyCall = (match[1] === 'lazy' || match[1] === 'lazyScreen') && match[2] === '(';
      if (!lazyCall && !lazyNames.has(match[1])) {
        out.push({ file, rule: `route component ${match[1]} is not lazy()` });
      }
    }
  }
  return out;
}
