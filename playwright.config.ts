import { defineConfig } from '@playwright/test';
import { freePort } from './scripts/free-port.mjs';
import { chromiumLaunchOptions } from './tests/chromium.ts';

// A free port of our own unless one is given, so tests run while `npm start` serves 4173. Found once, in the
// runner: its workers load this file again but inherit the variable, so they all agree on the server's address.
process.env.STILLPOINT_PORT ??= String(await freePort());
const port = Number(process.env.STILLPOINT_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    serviceWorkers: 'allow',
    trace: 'off',
    screenshot: 'off',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
