import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian puts Chromium; override with CHROMIUM_PATH. We never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and working as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A fresh profile directory outside the repository (Biome trips over the profile's socket link). */
export function freshProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'stillpoint-chromium-'));
}

/** Launch options for Playwright: Debian's Chromium with the flags above. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: chromiumPath, args: chromiumArgs };
}
