import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './scripts/security-headers.mjs';

/** Writes the security headers for static hosts (Netlify/Cloudflare Pages `_headers`) into the build. */
function staticHostHeaders(): Plugin {
  return {
    name: 'stillpoint-static-headers',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`);
      const swLines = ['  Cache-Control: no-cache', '  Service-Worker-Allowed: /'];
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n${lines.join('\n')}\n/sw.js\n${swLines.join('\n')}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    staticHostHeaders(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Stillpoint',
        short_name: 'Stillpoint',
        description: 'Prepare, keep safe, breathe and reflect: a private companion for ketamine-assisted therapy.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#101418',
        theme_color: '#101418',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Sharing (issue 6): the installed app opens its own share files and shared links at /coach/open.
        file_handlers: [{ action: '/coach/open', accept: { 'application/vnd.stillpoint.share': ['.stillpoint'] } }],
        share_target: { action: '/coach/open', method: 'GET', params: { title: 'title', text: 'text', url: 'url' } },
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['**/_headers'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: securityHeaders,
  },
});
