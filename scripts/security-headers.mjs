// The security headers Stillpoint is served with. One list, used by `vite preview` (npm start), by the
// static-host files written at build time (_headers), and by the tests that check them. The policy allows inline
// script and style only by hash: the build's own inline parts (scripts/csp-hashes.ts), never 'unsafe-inline'.

/**
 * Content-Security-Policy: same-origin only, no inline script or style but the build's own (by `hashes`, the
 * quoted 'sha256-…' sources of scripts/csp-hashes.ts), no eval, Trusted Types enforced.
 */
export function contentSecurityPolicyFor(hashes = { scripts: [], styles: [] }) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types stillpoint',
  ].join('; ');
}

/** Every header a host must send with every response, the policy allowing the build's inline parts by `hashes`. */
export function securityHeadersFor(hashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicyFor(hashes),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), geolocation=(), payment=(), usb=(), microphone=(self)',
    // Two years, every subdomain: after one visit the browser never asks for the app over plain HTTP again.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}
