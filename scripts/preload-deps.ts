// Takes a file out of the preload lists Vite writes into a chunk. A lazy import preloads the stylesheets its modules
// import, the start stylesheet among them; Vite's helper skips one that a <link> in the page already loads, but once
// that stylesheet is inlined there is no <link>, and the helper would fetch it a second time.

// Vite's list, at the head of a chunk that has one: const __vite__mapDeps=(i,m=…,d=(m.f||(m.f=[…])))=>i.map(i=>d[i]);
const MAP_DEPS =
  /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])\)\)\)=>i\.map\(i=>d\[i\]\);\n/;
// Each lazy import's own indices into that list.
const MAP_DEPS_CALL = /__vite__mapDeps\(\[([\d,]*)\]\)/g;

/** The chunk's code with `file` (as Vite names it, e.g. "assets/start-x.css") in no preload list. */
export function withoutPreload(code: string, file: string): string {
  const head = MAP_DEPS.exec(code);
  if (!head) return code;
  const deps = JSON.parse(head[1] ?? '[]') as string[];
  const dropped = deps.indexOf(file);
  if (dropped < 0) return code;
  const kept = deps.filter((_, i) => i !== dropped);
  const body = code.slice(head[0].length).replace(MAP_DEPS_CALL, (_, list: string) => {
    const indices = list
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter((i) => i !== dropped)
      .map((i) => (i > dropped ? i - 1 : i));
    // An import left with nothing to preload gets what Vite writes for one that never had anything: [].
    return indices.length ? `__vite__mapDeps([${indices.join(',')}])` : '[]';
  });
  if (!kept.length) return body;
  return `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(kept)})))=>i.map(i=>d[i]);\n${body}`;
}
