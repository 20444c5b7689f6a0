// The app's route table as the e2e journeys see it: read from src/app/routes.ts (which features it lists) and each
// feature's index.ts (their paths), so a new route is visited by every all-routes journey without editing a list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '../../src');

/** Every path of the app's route table, in the order routes.ts lists the features. */
export function appRoutePaths(): string[] {
  const table = readFileSync(join(SRC, 'app/routes.ts'), 'utf8');
  const folders = new Map<string, string>();
  for (const match of table.matchAll(/import \* as (\w+) from '\.\.\/features\/([\w-]+)'/g)) {
    if (match[1] && match[2]) folders.set(match[1], match[2]);
  }
  const paths: string[] = [];
  for (const match of table.matchAll(/\.\.\.(\w+)\.routes/g)) {
    const folder = match[1] ? folders.get(match[1]) : undefined;
    if (!folder) throw new Error(`routes.ts spreads ${match[1]}.routes but does not import it from a feature`);
    const index = readFileSync(join(SRC, 'features', folder, 'index.ts'), 'utf8');
    for (const route of index.matchAll(/path: '([^']+)'/g)) if (route[1]) paths.push(route[1]);
  }
  if (paths.length === 0) throw new Error('No routes found in src/app/routes.ts: the route table moved?');
  return paths;
}
