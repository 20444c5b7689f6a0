// The security headers (scripts/security-headers.mjs) with the CSP hashes of the build they go with: the build
// computes the hashes of its pages' inline parts once they are written (csp-hashes.json) and writes the static
// hosts' `_headers` with them; `vite preview` reads them from the folder it serves on every request, so a rebuild
// (or a test's copy of another build) is always served with its own.
import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { CSP_HASHES_FILE, cspHashesOf, readCspHashes } from './csp-hashes.ts';
import { securityHeadersFor } from './security-headers.mjs';

function htmlPages(bundle: Rolldown.OutputBundle): string[] {
  return Object.values(bundle).flatMap((output) =>
    output.type === 'asset' && output.fileName.endsWith('.html')
      ? [typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source)]
      : [],
  );
}

/** The `_headers` file Netlify and Cloudflare Pages read: the security headers everywhere, and the worker's own. */
function staticHostHeaders(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  const swLines = ['  Cache-Control: no-cache', '  Service-Worker-Allowed: /'];
  return `/*\n${lines.join('\n')}\n/sw.js\n${swLines.join('\n')}\n`;
}

/** The Vite plugin: csp-hashes.json and `_headers` in the build, and the same headers from `vite preview`. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'stillpoint-security-headers',
    // Not the dev server: its pages are Vite's own (inline scripts of its client), and it never ships.
    apply: (_, env) => env.command === 'build' || env.isPreview === true,
    generateBundle: {
      // After every plugin that writes a page (the prerender plugin's order is 'post' too, and it comes first).
      order: 'post',
      handler(_, bundle) {
        const pages = htmlPages(bundle);
        if (!pages.length) return this.error('security headers: no HTML page in the bundle');
        const hashes = cspHashesOf(pages);
        this.emitFile({ type: 'asset', fileName: CSP_HASHES_FILE, source: `${JSON.stringify(hashes, null, 2)}\n` });
        this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeaders(securityHeadersFor(hashes)) });
      },
    },
    configurePreviewServer(server) {
      const served = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((_, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(readCspHashes(served))))
          res.setHeader(name, value);
        next();
      });
    },
  };
}
