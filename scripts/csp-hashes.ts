// The CSP hashes of a build's inline script and style (issue 16: the first frame paints from the HTML alone, so its
// script and stylesheet are inlined). The build computes them from the pages it wrote and keeps them in
// csp-hashes.json; every server reads that file from the folder it serves, since the hashes change with each build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CSP sources that allow a build's inline scripts and inline stylesheets ('sha256-…', quoted). */
export interface CspHashes {
  scripts: string[];
  styles: string[];
}

/** Where the build keeps its hashes, next to index.html. */
export const CSP_HASHES_FILE = 'csp-hashes.json';

/** No inline script or style: the policy stays `'self'` only. */
export const NO_CSP_HASHES: CspHashes = { scripts: [], styles: [] };

// Our own generated HTML only (Vite's and the prerender plugin's), where a raw-text element ends at its first end tag.
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi;

/** The text of every inline `<script>` (one without `src`) and every `<style>` of a page, in document order. */
export function inlineBlocks(html: string): CspHashes {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((text) => text !== '');
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => m[2] ?? '');
  return { scripts, styles };
}

/**
 * The CSP source that allows exactly this inline text. The browser hashes the element's text as parsed, after the
 * HTML input stream turned every CR LF and lone CR into LF, so the same happens here.
 */
export function sha256Source(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline block of these pages, each once (one policy covers every page of the site). */
export function cspHashesOf(pages: readonly string[]): CspHashes {
  const blocks = pages.map(inlineBlocks);
  const unique = (texts: string[]) => [...new Set(texts.map(sha256Source))];
  return { scripts: unique(blocks.flatMap((b) => b.scripts)), styles: unique(blocks.flatMap((b) => b.styles)) };
}

/** The hashes the build in `dir` wrote; none if it wrote none (a build without inline parts needs none). */
export function readCspHashes(dir: string): CspHashes {
  const file = join(dir, CSP_HASHES_FILE);
  if (!existsSync(file)) return NO_CSP_HASHES;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CspHashes>;
  const sources = (list: unknown) =>
    Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string' && /^'sha256-[\w+/=]+'$/.test(s)) : [];
  return { scripts: sources(parsed.scripts), styles: sources(parsed.styles) };
}
