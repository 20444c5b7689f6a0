// `npm run bench [-- --out FILE] [-- --only name,name] [-- --skip-build]`: builds the app, drives Debian's Chromium,
// writes the results JSON of budgets.md and prints a table. Timings are reported, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../chromium.ts';
import { METRICS, type MetricResult, withinBudget } from './budgets.ts';
import { measureInteractionSave } from './metrics/interaction.ts';
import { measureLighthouse } from './metrics/lighthouse.ts';
import { measureOfflineStart } from './metrics/offline-start.ts';
import { measureSizes } from './metrics/sizes.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'tests/bench/results.json' },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wants = (...names: string[]) => !only || names.some((n) => only.has(n));
const PORT = 4188;
const results: Record<string, MetricResult> = {};

function missing(name: string, why: string): MetricResult {
  return { value: null, unit: METRICS[name]?.unit ?? '', budget: METRICS[name]?.budget ?? 0, missing: why };
}

async function servePreview(): Promise<() => void> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return () => server.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

function runBrowserMeasurements(): void {
  rmSync('test-results/bench', { recursive: true, force: true });
  mkdirSync('test-results/bench', { recursive: true });
  const run = spawnSync('node_modules/.bin/vitest', ['run', '--project=bench'], { stdio: 'inherit' });
  if (run.status !== 0)
    console.error('Some in-browser measurements failed to run; their metrics are reported missing.');
  for (const file of readdirSync('test-results/bench').filter((f) => f.endsWith('.json'))) {
    Object.assign(
      results,
      JSON.parse(readFileSync(join('test-results/bench', file), 'utf8')) as Record<string, MetricResult>,
    );
  }
}

function chromiumVersion(): string {
  const out = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' });
  return out.stdout?.trim() || 'unknown';
}

function printTable(): void {
  const rows = Object.keys(METRICS).map((name) => {
    const r = results[name];
    const value = r?.value === null || r === undefined ? '—' : String(r.value);
    const verdict =
      !r || r.value === null
        ? `missing: ${r?.missing ?? 'not measured in this run'}`
        : withinBudget(name, r.value)
          ? 'ok'
          : 'OVER BUDGET';
    const spec = METRICS[name];
    return [name, `${value} ${spec?.unit ?? ''}`, `${spec?.direction === 'min' ? '≥' : '≤'} ${spec?.budget}`, verdict];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
}

if (!values['skip-build']) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run without --skip-build');

if (wants('js_initial_gzip_kib', 'precache_kib', 'sizes')) Object.assign(results, measureSizes());
if (wants('offline_start_ms', 'offline_start_ratio', 'offline')) Object.assign(results, await measureOfflineStart());
if (wants('interaction_save_ms', 'interaction')) Object.assign(results, await measureInteractionSave());
if (wants('lighthouse_performance', 'lcp_ms', 'cls', 'tbt_ms', 'lighthouse')) {
  const stop = await servePreview();
  try {
    Object.assign(results, measureLighthouse(`http://127.0.0.1:${PORT}/`));
  } finally {
    stop();
  }
}
if (wants('browser', ...Object.keys(METRICS))) runBrowserMeasurements();

for (const name of Object.keys(METRICS)) {
  if (only && !only.has(name)) continue;
  results[name] ??= missing(name, 'the feature it measures is not built yet, or its measurement is not wired');
}

const output = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
  },
  metrics: results,
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(output, null, 2)}\n`);
printTable();
console.log(`\nWrote ${values.out}`);
