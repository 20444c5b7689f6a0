// The whole architecture check over a source tree: the one-file rules of import-rules.ts, the rules of
// graph-rules.ts, and the allowlist of known offenders the lead empties as they are fixed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOWED_CYCLES } from './allowlist';
import { eagerRoutes, importCycles, importGraph, ioGlobalsIn, unexplainedExpectErrors } from './graph-rules';
import { checkFile, sourceFiles, type Violation } from './import-rules';

/** Checks a set of sources (paths relative to src): every rule, less the allowlisted cycles. */
export function checkSources(sources: Readonly<Record<string, string>>, allowedCycles = ALLOWED_CYCLES): Violation[] {
  const files = Object.keys(sources);
  if (files.length === 0) return [{ file: '(none)', rule: 'the check read no files: is the path to src right?' }];
  const violations = files.flatMap((file) => {
    const source = sources[file] ?? '';
    return [
      ...checkFile(file, source),
      ...ioGlobalsIn(file, source),
      ...unexplainedExpectErrors(file, source),
      ...eagerRoutes(file, source),
    ];
  });
  const allowed = new Set(allowedCycles.map((entry) => [...entry.files].sort().join(' ↔ ')));
  const found = new Set<string>();
  for (const cycle of importCycles(importGraph(sources))) {
    const key = cycle.join(' ↔ ');
    found.add(key);
    if (!allowed.has(key)) violations.push({ file: cycle[0] ?? '', rule: `import cycle: ${key}` });
  }
  for (const key of allowed) {
    // Only for a whole tree: an entry whose files are not all here says nothing about them.
    const files = key.split(' ↔ ');
    if (files.every((file) => file in sources) && !found.has(key)) {
      violations.push({ file: files[0] ?? '', rule: `allowlisted cycle is gone, remove it from allowlist.ts: ${key}` });
    }
  }
  return violations;
}

/** Reads every .ts/.tsx file under `root` and checks them all. */
export function checkSourceTree(root: string): Violation[] {
  const sources: Record<string, string> = {};
  for (const file of sourceFiles(root)) sources[file] = readFileSync(join(root, file), 'utf8');
  return checkSources(sources);
}
