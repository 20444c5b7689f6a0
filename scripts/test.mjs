// The one test command (README: `npm ci && npm test`). Runs every check and every runner, even after a failure,
// then prints one closing line: `tests: N passed, N failed` summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureEngines } from './ensure-engines.mjs';
import { checkBudgets } from './size-budget.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
const only = process.argv.slice(2);
const wanted = (step) => only.length === 0 || only.includes(step);
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** How long each step took, printed after it and again at the end (README: the slow steps). */
const timings = [];
const startedAt = Date.now();

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const took = Date.now() - start;
  timings.push([label, took]);
  console.log(`⏱ ${label}: ${seconds(took)}`);
  return result.status === 0;
}

function check(label, ok) {
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
ensureChromium();

if (wanted('static')) {
  check(
    'typecheck',
    run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) &&
      run('typecheck (service worker)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.sw.json']) &&
      run('typecheck (tests and config)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']),
  );
  check('lint', run('lint', 'npx', ['biome', 'check', '.']));
}

/** Runs one Vitest project with a JSON report and adds its counts to the tally. */
function runVitestProject(project, label = `${project} tests`) {
  const out = `test-results/vitest-${project}.json`;
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    `--project=${project}`,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  if (report) {
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    tally.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numFailedTests > 0) failures.push(`vitest ${project}`);
  }
  if (!ok && (!report || report.numFailedTests === 0)) check(`vitest ${project} (crashed before reporting)`, false);
}

if (wanted('vitest')) {
  // One project after another: browser tests share an origin and the timing tests need a quiet CPU.
  for (const project of ['unit', 'browser', 'browser-isolated']) runVitestProject(project);
}

let built = false;
if (wanted('e2e')) {
  built = run('production build', 'npm', ['run', 'build', '--silent']);
  check('production build', built);
  if (built) {
    const budgetFailures = await checkBudgets();
    for (const failure of budgetFailures) console.error(failure);
    check('size budgets', budgetFailures.length === 0);
    const ok = run(
      'end-to-end tests (Playwright, production build)',
      'npx',
      ['playwright', 'test', '--reporter=list,json'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
      },
    );
    const report = readJson('test-results/e2e.json');
    if (report?.stats) {
      tally.passed += report.stats.expected + report.stats.flaky;
      tally.failed += report.stats.unexpected;
      tally.skipped += report.stats.skipped;
      if (report.stats.unexpected > 0) failures.push('playwright');
    }
    if (!ok && (!report?.stats || report.stats.unexpected === 0))
      check('playwright run (crashed before reporting)', false);
  }
}

if (wanted('engines')) {
  // The main journeys in WebKitGTK and Firefox ESR (and the 360 px navigation check in Chromium too), against the
  // production build; it is built here unless the e2e step above did (a failed build there is counted already).
  if (!wanted('e2e')) {
    built = run('production build', 'npm', ['run', 'build', '--silent']);
    check('production build', built);
  }
  const engines = ensureEngines();
  if (!engines) check('engines installed (webkit2gtk-driver, firefox-esr, xvfb)', false);
  if (built && engines) runVitestProject('engines', 'engine journeys (WebKitGTK, Firefox ESR, Chromium at 360 px)');
}

console.log('\nTime per step:');
for (const [label, took] of timings) console.log(`  ${seconds(took).padStart(8)}  ${label}`);
console.log(`  ${seconds(Date.now() - startedAt).padStart(8)}  in all`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (!existsSync('test-results')) mkdirSync('test-results');
console.log(
  `tests: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`,
);
process.exit(tally.failed > 0 ? 1 : 0);
