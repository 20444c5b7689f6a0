// The layer rules of architecture.md, as data and a checker the architecture test runs over every file in src.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A layer is the first folder under src (or "main" for src/main.tsx). */
export type Layer =
  | 'lib'
  | 'domain'
  | 'content'
  | 'storage'
  | 'platform'
  | 'state'
  | 'ui'
  | 'features'
  | 'app'
  | 'sw'
  | 'main';

/** Which layers each layer may import from. */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: ['lib'],
  domain: ['lib', 'domain'],
  content: ['lib', 'domain', 'content'],
  platform: ['lib', 'domain', 'content', 'platform'],
  storage: ['lib', 'domain', 'content', 'platform', 'storage'],
  state: ['lib', 'domain', 'content', 'platform', 'storage', 'state'],
  ui: ['lib', 'ui'],
  features: ['lib', 'domain', 'content', 'platform', 'storage', 'state', 'ui', 'features'],
  app: ['lib', 'domain', 'content', 'platform', 'storage', 'state', 'ui', 'features', 'app'],
  sw: ['lib', 'domain', 'sw'],
  main: ['app', 'ui'],
};

/** Packages only one place may import (one doorway per library). */
export const PACKAGE_DOORWAYS: Record<string, (file: string) => boolean> = {
  idb: (file) => file === 'storage/db.ts',
  'workbox-window': (file) => file.startsWith('app/'),
  'workbox-precaching': (file) => file.startsWith('sw/'),
  'workbox-routing': (file) => file.startsWith('sw/'),
};

/** Source patterns only one place may contain. */
export const API_DOORWAYS: { pattern: RegExp; allowed: (file: string) => boolean; what: string }[] = [
  {
    pattern: /\bcrypto\.subtle\b|\bsubtle\.(encrypt|decrypt|importKey|deriveKey|deriveBits|generateKey|sign|digest)\b/,
    allowed: (f) => f === 'platform/crypto.ts',
    what: 'crypto.subtle',
  },
  {
    pattern: /serviceWorker\.(register|getRegistration)/,
    allowed: (f) => f.startsWith('app/'),
    what: 'the service-worker registration',
  },
  { pattern: /@ts-ignore/, allowed: () => false, what: '@ts-ignore' },
];

/** Longest a source file may be before it must be split along a named seam. */
export const MAX_LINES = 300;

/** One broken rule. */
export interface Violation {
  file: string;
  rule: string;
}

/** The layer of a path relative to src. */
export function layerOf(file: string): Layer {
  if (file === 'main.tsx') return 'main';
  return file.split('/')[0] as Layer;
}

/** Every import specifier in a source text (static, dynamic and re-exports). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g,
    /import\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /import\s+['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

/** Checks one file's text; `file` is relative to src with forward slashes. */
export function checkFile(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  const layer = layerOf(file);
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = relative('/src', resolve('/src', dirname(file), spec)).replaceAll('\\', '/');
      if (target.startsWith('..')) {
        violations.push({ file, rule: `imports ${spec} from outside src` });
        continue;
      }
      const targetLayer = layerOf(target.includes('/') ? target : `${target}`);
      if (!ALLOWED[layer]?.includes(targetLayer))
        violations.push({ file, rule: `${layer} may not import ${targetLayer} (${spec})` });
      if (layer === 'features' && targetLayer === 'features' && target.split('/')[1] !== file.split('/')[1]) {
        violations.push({ file, rule: `a feature may not import another feature (${spec})` });
      }
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
      const doorway = PACKAGE_DOORWAYS[pkg];
      if (doorway && !doorway(file)) violations.push({ file, rule: `only its doorway may import ${pkg}` });
      if ((layer === 'lib' || layer === 'domain') && /^(preact|idb|workbox)/.test(pkg)) {
        violations.push({ file, rule: `${layer} is pure and may not import ${pkg}` });
      }
    }
  }
  for (const { pattern, allowed, what } of API_DOORWAYS) {
    if (pattern.test(source) && !allowed(file)) violations.push({ file, rule: `only its doorway may use ${what}` });
  }
  const lines = source.split('\n').length;
  if (lines > MAX_LINES) violations.push({ file, rule: `has ${lines} lines (at most ${MAX_LINES}: split it)` });
  for (const name of undocumentedExports(source)) violations.push({ file, rule: `export ${name} has no doc comment` });
  return violations;
}

/** Exported declarations with no `/** … *\/` comment right above them (a decorator-free codebase). */
export function undocumentedExports(source: string): string[] {
  const lines = source.split('\n');
  const missing: string[] = [];
  lines.forEach((line, index) => {
    const match =
      /^export\s+(?:default\s+)?(?:async\s+)?(?:function|const|let|class|type|interface|enum|abstract class)\s+([A-Za-z0-9_$]+)/.exec(
        line,
      );
    if (!match) return;
    let previous = index - 1;
    while (previous >= 0 && /^\s*(\/\/.*)?$/.test(lines[previous] ?? '') && !(lines[previous] ?? '').includes('*/'))
      previous--;
    if (!/\*\/\s*$/.test(lines[previous] ?? '')) missing.push(match[1] ?? '?');
  });
  return missing;
}

/** Every .ts/.tsx file under a folder, relative to it. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(relative(root, path).replaceAll('\\', '/'));
    }
  };
  walk(root);
  return out;
}
