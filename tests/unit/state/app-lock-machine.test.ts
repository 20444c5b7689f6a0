// The lock's state has one writer: the machine's module. Everything it exports is read-only, and no other module in
// src writes the lock's state or tells storage about the key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as machine from '../../../src/state/app-lock-machine';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the lock state machine has one writer', () => {
  it('exports only read-only signals', () => {
    const signals = [machine.lockState, machine.lockStatus, machine.lockConversion, machine.lockIdleMinutes];
    for (const readOnly of signals) {
      expect(() => {
        (readOnly as { value: unknown }).value = 'off';
      }).toThrow();
    }
  });

  it('is the only module that tells storage about the key and the only one holding the state signal', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const callers = files.filter((file) => /\bsetAtRestMode\(/.test(readFileSync(file, 'utf8')));
    expect(callers.map((file) => relative(SRC, file)).sort()).toEqual([
      'state/app-lock-machine.ts',
      'storage/at-rest-mode.ts',
    ]);
    const writers = files.filter((file) =>
      /\block(State|Status|Conversion|IdleMinutes)\.value\s*=[^=]/.test(readFileSync(file, 'utf8')),
    );
    expect(writers).toEqual([]);
  });
});
