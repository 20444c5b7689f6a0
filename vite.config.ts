import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkGroups } from './scripts/chunk-groups.ts';
import { prerenderFirstFrames } from './scripts/prerender-plugin.ts';
import { securityHeadersPlugin } from './scripts/security-headers-plugin.ts';

/** The chunks of a first screen (named in scripts/chunk-groups.ts, and the lock screen's): preloaded whole. */
const FIRST_SCREENS = /(^|\/)(home|welcome|LockScreen)-[\w-]+\.js$/;
/** The start chunk and its stylesheet: loaded with the page, so never worth a preload. */
const START = /(^|\/)start-[\w-]+\.(js|css)$/;

/**
 * Which files a lazy import preloads: all its modules for a first screen; only its stylesheets for any other (its
 * modules then load as the browser finds them, from the service worker's cache once installed). Every preload's name
 * is a string in the first bundle, and naming every module of every route there cost about 2 KiB of it.
 */
function firstScreenPreloads(filename: string, deps: string[]): string[] {
  const needed = deps.filter((dep) => !START.test(dep));
  return FIRST_SCREENS.test(filename) ? needed : needed.filter((dep) => dep.endsWith('.css'));
}

export default defineConfig({
  plugins: [
    preact(),
    prerenderFirstFrames(),
    // After the prerender plugin: the headers allow the inline parts it writes, by hash.
    securityHeadersPlugin(),
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
        // POST, answered by the service worker (src/sw/share-target.ts): a shared bundle never lands in a server log.
        share_target: {
          action: '/coach/open',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [{ name: 'file', accept: ['application/vnd.stillpoint.share', '.stillpoint'] }],
          },
        },
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The lock passphrase's strength checker (its word lists, about 1.6 MB) is fetched only when someone chooses
        // their own lock passphrase; precaching it would make every visitor download it.
        globIgnores: ['**/_headers', '**/passphrase-strength-*.js'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    modulePreload: {
      // Every browser the app supports preloads modules itself; the polyfill would only weigh on the first bundle.
      polyfill: false,
      resolveDependencies: firstScreenPreloads,
    },
    rolldownOptions: {
      output: {
        // Grouped by what loads together (scripts/chunk-groups.ts): each first screen fetches a handful of files,
        // each holding what that screen needs. (No inlining of small shared chunks: it needs strict execution order,
        // whose wrapper around every module cost the first bundle about 1 KiB.)
        codeSplitting: { groups: chunkGroups(import.meta.dirname) },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The security headers come from securityHeadersPlugin, with the served build's own CSP hashes.
  },
});
