// The CI size check can fail: a build whose home screen imports something heavy needs more than a home budget the
// real build meets, and the check says so by name; the welcome screen (which never loads home) is unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBudgets, measureBudgetedSizes } from '../../scripts/size-budget.mjs';

/** Slack above the real build's home figure: far less than the heavy import adds, far more than any noise. */
const SLACK_KIB = 5;

function measured(checks: { name: string; value: number }[], name: string): number {
  const check = checks.find((c) => c.name === name);
  if (!check) throw new Error(`no ${name} in the size check`);
  return check.value;
}

test('the size check fails on a build whose home screen needs more than its budget', async () => {
  test.setTimeout(240_000);
  const outDir = join(mkdtempSync(join(tmpdir(), 'stillpoint-heavy-')), 'dist');
  const build = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--config', 'tests/e2e/heavy-home.vite.config.ts', '--outDir', outDir, '--logLevel', 'error'],
    { encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  const real = (await measureBudgetedSizes('dist')).checks;
  // A home budget the real build meets, with room to spare.
  const budgets = { js_home_gzip_kib: measured(real, 'js_home_gzip_kib') + SLACK_KIB };

  expect(await checkBudgets('dist', budgets)).not.toContainEqual(expect.stringContaining('js_home_gzip_kib'));
  const failures = await checkBudgets(outDir, budgets);

  expect(failures).toContainEqual(expect.stringContaining('js_home_gzip_kib'));
  expect(failures).not.toContainEqual(expect.stringContaining('js_welcome_gzip_kib'));
});
