import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Two copies of the production build: as released, and "the next version" (a changed service worker). */
export function makeTwoVersions(): { v1: string; v2: string } {
  const base = mkdtempSync(join(tmpdir(), 'stillpoint-versions-'));
  const v1 = join(base, 'v1');
  const v2 = join(base, 'v2');
  cpSync('dist', v1, { recursive: true });
  cpSync('dist', v2, { recursive: true });
  appendFileSync(join(v2, 'sw.js'), `\n// next version ${Date.now()}\n`);
  return { v1, v2 };
}
