// The clinic's signing command, run as a clinic runs it, and its output checked with the app's own verify code.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePackText } from '../../../src/domain/protocol-pack-import';
import { BAD_SIGNATURE_MESSAGE, checkPack } from '../../../src/state/pack-trust';
import { makePack } from '../../fixtures/safety-builders';
import { openTestDb } from '../../fixtures/test-db';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '../../../scripts/sign-pack.mjs');

/** Runs the command with this test's Node; resolves with its output and exit code, never throws on failure. */
async function signPack(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { cwd });
    return { stdout, stderr, code: 0 };
  } catch (caught) {
    const failed = caught as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('scripts/sign-pack.mjs', () => {
  let dir: string;
  beforeEach(async () => {
    await openTestDb();
    dir = await mkdtemp(join(tmpdir(), 'stillpoint-sign-pack-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('makes a key, signs a pack with it, and the app verifies the pack and shows the same code', async () => {
    const made = await signPack(['--new-key', 'clinic-key.jwk'], dir);
    expect(made.code).toBe(0);
    const code = made.stdout.match(/code, for the papers you give patients: ((?:[0-9A-Z]{4} ){4}[0-9A-Z]{4})/)?.[1];
    expect(code).toBeDefined();
    const pack = makePack((p) => {
      p.publisher = 'Riverside Clinic';
      p.readiness.bloodPressure.hold.systolic = 150;
    });
    await writeFile(join(dir, 'pack.json'), JSON.stringify(pack, null, 2));

    const signed = await signPack(['--key', 'clinic-key.jwk', 'pack.json'], dir);
    expect(signed.code).toBe(0);
    expect(signed.stderr).toContain(code);
    const checked = await checkPack(parsePackText(signed.stdout));
    expect(checked.ok && checked.trust.kind).toBe('unpinned');
    if (!checked.ok || checked.trust.kind !== 'unpinned') return;
    expect(checked.pack).toEqual(pack);
    expect(checked.trust.signer.fingerprint).toBe(code);
    expect((await signPack(['--fingerprint', 'clinic-key.jwk'], dir)).stdout.trim()).toBe(code);

    const tampered = JSON.parse(signed.stdout) as { pack: typeof pack };
    tampered.pack.readiness.bloodPressure.hold.systolic = 190;
    expect(await checkPack(parsePackText(JSON.stringify(tampered)))).toEqual({
      ok: false,
      message: BAD_SIGNATURE_MESSAGE,
    });
  });

  it('never overwrites a key file, and keeps the private key readable by its owner only', async () => {
    expect((await signPack(['--new-key', 'clinic-key.jwk'], dir)).code).toBe(0);
    const before = await readFile(join(dir, 'clinic-key.jwk'), 'utf8');
    const again = await signPack(['--new-key', 'clinic-key.jwk'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('never overwritten');
    expect(await readFile(join(dir, 'clinic-key.jwk'), 'utf8')).toBe(before);
    expect((await stat(join(dir, 'clinic-key.jwk'))).mode & 0o077).toBe(0);
  });

  it('refuses what is not a pack, a signed pack, and a missing key, writing nothing to standard output', async () => {
    expect((await signPack(['--new-key', 'clinic-key.jwk'], dir)).code).toBe(0);
    await writeFile(join(dir, 'notes.json'), '{"hello": "there"}');
    await writeFile(join(dir, 'signed.json'), '{"type": "stillpoint-signed-pack"}');
    for (const args of [
      ['--key', 'clinic-key.jwk', 'notes.json'],
      ['--key', 'clinic-key.jwk', 'signed.json'],
      ['--key', 'missing.jwk', 'notes.json'],
      ['--key', 'clinic-key.jwk'],
    ]) {
      const refused = await signPack(args, dir);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stdout, args.join(' ')).toBe('');
    }
  });
});
