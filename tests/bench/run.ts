// `npm run bench [-- --out FILE] [-- --only name,name] [-- --skip-build] [-- --port N]`: builds the app, drives
// Debian's Chromium, writes the results JSON of budgets.md and prints a table. Timings are reported, never asserted.
// A metric without a value says why: not measured in this run, its measurement timed out, or it failed (and how).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../scripts/free-port.mjs';
import { chromiumPath } from '../chromium.ts';
import { BROWSER_GROUPS, browserFilesFor } from './browser-groups.ts';
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
    // The Lighthouse run's preview server (STILLPOINT_PORT by default, as the tests use).
    port: { type: 'string', default: process.env.STILLPOINT_PORT },
  },
});
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wants = (...names: string[]) => !only || names.some((n) => only.has(n));
// Our own free port unless one is named, so the benchmark runs while `npm start` (or a test run) is serving.
const PORT = values.port ? Number(values.port) : await freePort();
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

interface VitestReport {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { failureMessages?: string[] }[];
  }[];
}

/** Why one measurement file produced nothing: a timeout, or the error it failed with (first line). */
function failureReason(file: VitestReport['testResults'] extends (infer T)[] | undefined ? T : never): string {
  const message = [file.message ?? '', ...(file.assertionResults ?? []).flatMap((a) => a.failureMessages ?? [])]
    .join('\n')
    .trim();
  if (/timed? ?out/i.test(message)) return `timeout: ${message.split('\n')[0]}`;
  return `error: ${message.split('\n')[0] || `the measurement ended with status ${file.status}`}`;
}

/** Runs the given in-browser measurement files (all of them when `files` is undefined) and gathers their metrics. */
function runBrowserMeasurements(files: readonly string[] | undefined): void {
  rmSync('test-results/bench', { recursive: true, force: true });
  mkdirSync('test-results/bench', { recursive: true });
  const reportFile = 'test-results/bench-vitest.json';
  const run = spawnSync(
    'node_modules/.bin/vitest',
    [
      'run',
      '--project=bench',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
      ...(files ?? []).map((file) => `tests/bench/browser/${file}`),
    ],
    // The bench project exists only when asked for (vitest.config.ts), so a bare `vitest run` never starts it.
    { stdio: 'inherit', env: { ...process.env, STILLPOINT_BENCH: '1' } },
  );
  if (run.status !== 0)
    console.error('Some in-browser measurements failed to run; their metrics say why in the table.');
  for (const file of readdirSync('test-results/bench').filter((f) => f.endsWith('.json'))) {
    Object.assign(
      results,
      JSON.parse(readFileSync(join('test-results/bench', file), 'utf8')) as Record<string, MetricResult>,
    );
  }
  const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport) : {};
  for (const [file, names] of Object.entries(BROWSER_GROUPS)) {
    if (files && !files.includes(file)) continue;
    const result = report.testResults?.find((r) => r.name.endsWith(file));
    const why = !result
      ? `error: ${file} did not run (vitest exited with ${run.status})`
      : result.status === 'passed'
        ? `error: ${file} passed but did not report this metric`
        : failureReason(result);
    for (const name of names) results[name] ??= missing(name, why);
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

/** Runs one measurement; if it throws, each of its metrics says so instead of the whole run stopping. */
async function attempt(names: readonly string[], measure: () => Promise<Record<string, MetricResult>>): Promise<void> {
  if (!wants(...names)) return;
  try {
    Object.assign(results, await measure());
  } catch (error) {
    const why = `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    for (const name of names) results[name] ??= missing(name, why);
  }
}

await attempt(['js_welcome_gzip_kib', 'js_home_gzip_kib', 'js_home_requests', 'precache_kib', 'sizes'], () =>
  measureSizes(),
);
await attempt(['offline_start_ms', 'offline_start_ratio', 'offline'], () => measureOfflineStart());
await attempt(['interaction_save_ms', 'interaction'], () => measureInteractionSave());
await attempt(
  [
    'lighthouse_performance',
    'lighthouse_accessibility',
    'lighthouse_best_practices',
    'lcp_ms',
    'cls',
    'tbt_ms',
    'lighthouse',
  ],
  async () => {
    const stop = await servePreview();
    try {
      return measureLighthouse(`http://127.0.0.1:${PORT}/`);
    } finally {
      stop();
    }
  },
);
const browserFiles = browserFilesFor(only);
if (browserFiles === undefined || browserFiles.length > 0) runBrowserMeasurements(browserFiles);

for (const name of Object.keys(METRICS)) {
  if (only && !only.has(name)) continue;
  results[name] ??= missing(name, 'not measured: no measurement in this run reports it');
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
