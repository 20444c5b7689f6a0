// Build time: writes the first frames into index.html, with the first-frame script and the start stylesheet inline
// (so the first paint needs nothing but the HTML; the CSP allows both by hash, scripts/csp-hashes.ts), and emits the
// static emergency page. The frames are the app's own components, rendered in Node through a throwaway Vite SSR
// server (so they are compiled exactly as the app is). Runs in generateBundle, before the service worker's precache
// list is made, so help-now.html is precached and index.html's revision covers the frames and what is inlined.
import preact from '@preact/preset-vite';
import { createServer, minifySync, type Plugin } from 'vite';
import { ENTRY, HOME_SCREEN } from './chunk-groups.ts';
import { screenModules } from './first-screen-modules.ts';
import { inlineStylesheets } from './inline-stylesheets.ts';

/** What the build-time module src/app/prerender/index.ts gives. */
interface PrerenderModule {
  HELP_NOW_PAGE: string;
  renderFirstFrames(): string;
  renderHelpNowPage(options: { styles: readonly string[] }): string;
  renderFirstFrameScript(homeModules: readonly string[]): string;
}

async function loadPrerender(root: string): Promise<PrerenderModule> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [preact()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return (await server.ssrLoadModule('/src/app/prerender/index.ts')) as unknown as PrerenderModule;
  } finally {
    await server.close();
  }
}

/** The Vite plugin: prerendered first frames, the static Help now page, and the script that picks the frame. */
export function prerenderFirstFrames(): Plugin {
  let root = process.cwd();
  return {
    name: 'stillpoint-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After Vite's own HTML step, which puts index.html into the bundle.
      order: 'post',
      async handler(_, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string')
          return this.error('prerender: index.html is not in the bundle');
        const prerender = await loadPrerender(root);
        const html = index.source;
        if (!html.includes('<div id="app"></div>'))
          return this.error('prerender: no <div id="app"></div> in index.html');
        // Minified: it is written as source text, and every byte of it is on the first screen's budget.
        const source = prerender.renderFirstFrameScript(screenModules(bundle, ENTRY, HOME_SCREEN));
        const minified = minifySync('first-frame-script.js', source);
        if (minified.errors.length > 0)
          return this.error(`prerender: the first-frame script: ${minified.errors[0]?.message}`);
        const script = minified.code;
        if (/<\/script/i.test(script)) return this.error('prerender: the first-frame script holds "</script"');
        const { html: styled, styles } = inlineStylesheets(html, bundle);
        index.source = styled
          // Parser-blocking on purpose: it picks the frame before anything paints; inline, it waits for no request.
          .replace('<title>', `<script>${script}</script>\n    <title>`)
          .replace('<div id="app"></div>', `${prerender.renderFirstFrames()}<div id="app"></div>`);
        this.emitFile({
          type: 'asset',
          fileName: prerender.HELP_NOW_PAGE.slice(1),
          source: prerender.renderHelpNowPage({ styles }),
        });
      },
    },
  };
}
