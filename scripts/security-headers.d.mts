/** The inline parts a policy allows, as quoted 'sha256-…' sources (scripts/csp-hashes.ts). */
interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}
/** Content-Security-Policy: same-origin only, inline script and style only by hash, no eval, Trusted Types. */
export declare function contentSecurityPolicyFor(hashes?: InlineHashes): string;
/** Every header a host must send with every response, the policy allowing the build's inline parts by `hashes`. */
export declare function securityHeadersFor(hashes: InlineHashes): Record<string, string>;
