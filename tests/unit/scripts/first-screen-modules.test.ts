// Which module files the first-frame script asks for on a returning visit: the home screen's chunk and what it
// imports, less what the start chunk loads already, read from the finished bundle.
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { screenModules } from '../../../scripts/first-screen-modules';

function chunk(fileName: string, moduleIds: string[], imports: string[] = []): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, moduleIds, imports } as unknown as Rolldown.OutputChunk;
}

function bundleOf(...chunks: Rolldown.OutputChunk[]): Rolldown.OutputBundle {
  const css = { type: 'asset', fileName: 'assets/start.css', source: '' } as Rolldown.OutputAsset;
  return Object.fromEntries([...chunks, css].map((file) => [file.fileName, file]));
}

const ENTRY = 'src/main.tsx';
const HOME = 'src/features/home/HomeScreen.tsx';

describe('screenModules', () => {
  it('gives the screen’s chunk and everything it imports, followed through, less what the entry loads', () => {
    const bundle = bundleOf(
      chunk('assets/start-a.js', ['/p/src/main.tsx', '/p/src/app/App.tsx'], ['assets/preact-b.js']),
      chunk('assets/preact-b.js', ['/p/node_modules/preact/dist/preact.mjs']),
      chunk('assets/home-c.js', ['/p/src/features/home/HomeScreen.tsx'], ['assets/storage-d.js', 'assets/preact-b.js']),
      chunk('assets/storage-d.js', ['/p/src/storage/db.ts'], ['assets/runtime-e.js']),
      chunk('assets/runtime-e.js', ['\0rolldown/runtime.js']),
      chunk('assets/journal-f.js', ['/p/src/features/journal/JournalScreen.tsx'], ['assets/storage-d.js']),
    );
    expect(screenModules(bundle, ENTRY, HOME)).toEqual([
      '/assets/home-c.js',
      '/assets/storage-d.js',
      '/assets/runtime-e.js',
    ]);
  });

  it('reads Windows paths as the same modules', () => {
    const bundle = bundleOf(
      chunk('assets/start-a.js', ['C:\\p\\src\\main.tsx']),
      chunk('assets/home-c.js', ['C:\\p\\src\\features\\home\\HomeScreen.tsx']),
    );
    expect(screenModules(bundle, ENTRY, HOME)).toEqual(['/assets/home-c.js']);
  });

  it('refuses a bundle without the screen or without the entry, rather than preload nothing', () => {
    const noHome = bundleOf(chunk('assets/start-a.js', ['/p/src/main.tsx']));
    expect(() => screenModules(noHome, ENTRY, HOME)).toThrow(/HomeScreen/);
    const noEntry = bundleOf(chunk('assets/home-c.js', ['/p/src/features/home/HomeScreen.tsx']));
    expect(() => screenModules(noEntry, ENTRY, HOME)).toThrow(/main\.tsx/);
  });

  it('does not count a module whose path only ends the same way', () => {
    const bundle = bundleOf(
      chunk('assets/start-a.js', ['/p/src/main.tsx']),
      chunk('assets/other-x.js', ['/p/src/features/home/OldHomeScreen.tsx']),
    );
    expect(() => screenModules(bundle, ENTRY, HOME)).toThrow(/HomeScreen/);
  });
});
