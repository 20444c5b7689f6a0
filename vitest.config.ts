import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/chromium.ts';

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
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**/*.isolated.test.{ts,tsx}'],
          // Every file shares one origin (one IndexedDB, one quota) and the timing tests need a quiet CPU: one file
          // at a time.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          // Tests that need an origin nothing else has written to (Chromium enforces a quota override only on a
          // fresh origin): a project of their own gets a fresh browser context.
          name: 'browser-isolated',
          include: ['tests/browser/**/*.isolated.test.{ts,tsx}'],
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          // Measurements for `npm run bench`, never part of `npm test`: they report numbers, they assert nothing.
          name: 'bench',
          include: ['tests/bench/browser/**/*.measure.{ts,tsx}'],
          testTimeout: 600_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                ...chromiumLaunchOptions(),
                args: [...chromiumLaunchOptions().args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
