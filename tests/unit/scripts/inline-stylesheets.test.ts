// Inlining index.html's stylesheets: the CSS lands in the page as written, and the file leaves the build with every
// mention of it, so nothing downloads it a second time.
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../../scripts/inline-stylesheets';

const CSS = ':root{--bg:#101418}body{margin:0}';

function bundleWith(css: string, lazyCode: string): Rolldown.OutputBundle {
  const asset = { type: 'asset', fileName: 'assets/start-a1.css', source: css } as Rolldown.OutputAsset;
  const lazy = { type: 'chunk', fileName: 'assets/lazy.js', code: lazyCode } as Rolldown.OutputChunk;
  return { 'assets/start-a1.css': asset, 'assets/lazy.js': lazy };
}

const HTML = [
  '<head><script type="module" crossorigin src="/assets/start.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/start-a1.css">',
  '</head>',
].join('\n');
const LAZY = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/start-a1.css"])))=>i.map(i=>d[i]);\nx(__vite__mapDeps([0]));`;

describe('inlineStylesheets', () => {
  it('puts the linked CSS into a <style> in its place, and takes the file and its preloads out of the build', () => {
    const bundle = bundleWith(CSS, LAZY);
    const { html, styles } = inlineStylesheets(HTML, bundle);
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toContain('<link');
    expect(html).toContain('src="/assets/start.js"');
    expect(styles).toEqual([CSS]);
    expect(Object.keys(bundle)).toEqual(['assets/lazy.js']);
    expect((bundle['assets/lazy.js'] as Rolldown.OutputChunk).code).toBe('x([]);');
  });

  it('refuses CSS that would end the element early', () => {
    expect(() => inlineStylesheets(HTML, bundleWith('a::after{content:"</style>"}', LAZY))).toThrow(/<\/style/);
  });

  it('refuses when a chunk still names the file in a way it cannot take out', () => {
    const named = 'fetch("/assets/start-a1.css");';
    expect(() => inlineStylesheets(HTML, bundleWith(CSS, named))).toThrow(/still names/);
  });
});
