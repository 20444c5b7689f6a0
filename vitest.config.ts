import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/chromium.ts';

/** A Vitest project that runs in Debian's Chromium (extra launch flags for the bench). */
function browserProject(name: string, include: string[], extra: Record<string, unknown> = {}, args: string[] = []) {
  return {
    extends: true as const,
    test: {
      name,
      include,
      ...extra,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { ...chromiumLaunchOptions(), args: [...chromiumLaunchOptions().args, ...args] },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

export default defineConfig({
  plugins: [preact()],
  // Browser tests import these; declaring them up front stops Vite from re-optimising (and reloading) mid-run,
  // which made a test file fail to load when many ran together.
  optimizeDeps: {
    include: [
      'preact',
      'preact/hooks',
      'preact/jsx-runtime',
      'preact-iso',
      '@preact/signals',
      '@testing-library/preact',
      'idb',
      'zod/mini',
      'fast-check',
      'qrcode-generator',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.ts'],
          environment: 'node',
        },
      },
      // Every file shares one origin (one IndexedDB, one quota) and the timing tests need a quiet CPU: one at a time.
      browserProject('browser', ['tests/browser/**/*.test.{ts,tsx}'], {
        exclude: ['tests/browser/**/*.isolated.test.{ts,tsx}'],
        fileParallelism: false,
      }),
      // Tests that need an origin nothing else has written to (Chromium enforces a quota override only on a fresh
      // origin): a project of their own gets a fresh browser context.
      browserProject('browser-isolated', ['tests/browser/**/*.isolated.test.{ts,tsx}'], { fileParallelism: false }),
      // The main journeys in WebKitGTK, Firefox ESR (and Chromium's 360 px check) against the production build, driven
      // from Node over WebDriver: `npm run build` first. One engine at a time: each has a browser and a server.
      {
        extends: true,
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.journey.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // Measurements for `npm run bench`, never part of `npm test` nor of a bare `vitest run`: they report numbers
      // and check the harness, and only `npm run bench` asks for them (STILLPOINT_BENCH).
      ...(process.env.STILLPOINT_BENCH ? [benchProject()] : []),
    ],
  },
});

/** The benchmark's project: long timeouts, precise memory figures and a callable garbage collector. */
function benchProject() {
  return browserProject('bench', ['tests/bench/browser/**/*.measure.{ts,tsx}'], { testTimeout: 600_000 }, [
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ]);
}
