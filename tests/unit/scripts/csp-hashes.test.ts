// The CSP hashes of the build's inline parts: the same digest a browser computes, of exactly the inline text, and
// the policy that carries them (the e2e first-frame spec checks a real browser agrees with them).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HASHES_FILE, cspHashesOf, inlineBlocks, readCspHashes, sha256Source } from '../../../scripts/csp-hashes';
import { contentSecurityPolicyFor, securityHeadersFor } from '../../../scripts/security-headers.mjs';

const HELLO = "alert('Hello, world.');";
// The example of the CSP specification and MDN: <script>alert('Hello, world.');</script>.
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((d) => d.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('sha256Source', () => {
  it('gives the quoted source a policy lists, for known digests', () => {
    expect(sha256Source(HELLO)).toBe(HELLO_HASH);
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('hashes line ends as the HTML parser hands them to the browser: CR LF and CR become LF', () => {
    expect(sha256Source('a\r\nb\rc')).toBe(sha256Source('a\nb\nc'));
    expect(sha256Source('a\nb')).not.toBe(sha256Source('a b'));
  });

  it('hashes UTF-8 bytes (the digest of `openssl dgst -sha256` on the same text), as the browser reads the page', () => {
    expect(sha256Source('content:"·"')).not.toBe(sha256Source('content:"?"'));
    expect(sha256Source('content:"·"')).toBe("'sha256-YJPFP/HT8ZSG6NTcYvWrCFTVXyk+9fIElqn6u3J3Dio='");
  });
});

describe('inlineBlocks', () => {
  it('finds the text of inline scripts and styles, exactly, and skips scripts with a src', () => {
    const html = [
      '<html><head><script>one()</script>',
      '<script type="module" crossorigin src="/assets/start.js"></script>',
      '<script src="/x.js"></script><STYLE media="all">p{color:red}\n</STYLE>',
      '</head><body><script>\n  two();\n</script ></body></html>',
    ].join('\n');
    expect(inlineBlocks(html)).toEqual({ scripts: ['one()', '\n  two();\n'], styles: ['p{color:red}\n'] });
  });

  it('finds nothing in a page with no inline parts', () => {
    expect(inlineBlocks('<link rel="stylesheet" href="/a.css"><script src="/a.js"></script>')).toEqual({
      scripts: [],
      styles: [],
    });
  });
});

describe('cspHashesOf', () => {
  it('hashes every inline block of every page, each once', () => {
    const page = (script: string) => `<script>${script}</script><style>p{}</style>`;
    expect(cspHashesOf([page(HELLO), page('other()'), '<style>p{}</style>'])).toEqual({
      scripts: [HELLO_HASH, sha256Source('other()')],
      styles: [sha256Source('p{}')],
    });
  });
});

describe('readCspHashes', () => {
  it('reads what the build wrote, and nothing when it wrote no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stillpoint-csp-'));
    expect(readCspHashes(dir)).toEqual({ scripts: [], styles: [] });
    writeFileSync(join(dir, CSP_HASHES_FILE), JSON.stringify({ scripts: [HELLO_HASH], styles: [] }));
    expect(readCspHashes(dir)).toEqual({ scripts: [HELLO_HASH], styles: [] });
  });

  it('drops anything that is not a sha256 source, so the file cannot widen or break the policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stillpoint-csp-'));
    const wider = ["'unsafe-inline'", 'https://elsewhere.example', `${HELLO_HASH}; script-src *`, 7, HELLO_HASH];
    writeFileSync(join(dir, CSP_HASHES_FILE), JSON.stringify({ scripts: wider, styles: 'p' }));
    expect(readCspHashes(dir)).toEqual({ scripts: [HELLO_HASH], styles: [] });
  });
});

describe('the policy with hashes', () => {
  it('allows the inline parts by hash alone: in script-src and style-src, never unsafe-inline', () => {
    const hashes = { scripts: [HELLO_HASH], styles: [sha256Source('p{}')] };
    const policy = contentSecurityPolicyFor(hashes);
    expect(directive(policy, 'script-src')).toEqual(["'self'", HELLO_HASH]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", sha256Source('p{}')]);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(securityHeadersFor(hashes)['Content-Security-Policy']).toBe(policy);
  });

  it('is same-origin only without hashes', () => {
    const policy = contentSecurityPolicyFor({ scripts: [], styles: [] });
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
  });
});
