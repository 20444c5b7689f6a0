// Taking an inlined stylesheet out of Vite's preload lists: every other preload keeps pointing at its own file.
import { describe, expect, it } from 'vitest';
import { withoutPreload } from '../../../scripts/preload-deps';

const START = 'assets/start-a1.css';

/** A chunk as Vite writes it: the list of files first, then lazy imports that name indices into it. */
function chunk(deps: string[], body: string): string {
  return `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(deps)})))=>i.map(i=>d[i]);\n${body}`;
}

/** What each lazy import of a chunk preloads, by file name (how the preload helper reads the list). */
function preloads(code: string): string[][] {
  const list = /m\.f=(\[[^\]]*\])/.exec(code);
  const deps = list ? (JSON.parse(list[1] ?? '[]') as string[]) : [];
  return [...code.matchAll(/__vitePreload\(\(\)=>import\("[^"]+"\),(__vite__mapDeps\(\[([\d,]*)\]\)|\[\])\)/g)].map(
    (m) =>
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((i) => deps[Number(i)] ?? `missing ${i}`),
  );
}

describe('withoutPreload', () => {
  it('drops the file and renumbers the rest, so each import still preloads its own files', () => {
    const code = chunk(
      ['assets/a.js', START, 'assets/b.css', 'assets/c.js'],
      [
        '__vitePreload(()=>import("./a.js"),__vite__mapDeps([0,1,2]));',
        '__vitePreload(()=>import("./c.js"),__vite__mapDeps([3,1]));',
        '__vitePreload(()=>import("./s.js"),__vite__mapDeps([1]));',
      ].join(''),
    );
    const out = withoutPreload(code, START);
    expect(out).not.toContain(START);
    expect(preloads(out)).toEqual([['assets/a.js', 'assets/b.css'], ['assets/c.js'], []]);
  });

  it('removes the list when the file was all it held, as Vite writes a chunk with nothing to preload', () => {
    const out = withoutPreload(chunk([START], 'x(__vite__mapDeps([0]));y(__vite__mapDeps([0]));'), START);
    expect(out).toBe('x([]);y([]);');
  });

  it('leaves a chunk alone when its list does not name the file, or it has no list', () => {
    const code = chunk(['assets/a.js'], 'x(__vite__mapDeps([0]));');
    expect(withoutPreload(code, START)).toBe(code);
    expect(withoutPreload('export const a = 1;', START)).toBe('export const a = 1;');
  });
});
