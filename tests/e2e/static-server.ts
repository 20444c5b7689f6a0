import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { readCspHashes } from '../../scripts/csp-hashes.ts';
import { securityHeadersFor } from '../../scripts/security-headers.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** A static host whose folder can be swapped mid-test, to publish "a new version" of the app. */
export interface SwappableServer {
  url: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}

/**
 * Serves a build folder on a free loopback port with the production security headers and an SPA fallback. The CSP
 * hashes are read from the folder being served at each request: a swapped-in version comes with its own.
 */
export async function startSwappableServer(root: string): Promise<SwappableServer> {
  let current = root;
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(current, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(current, 'index.html');
    res.writeHead(200, {
      ...securityHeadersFor(readCspHashes(current)),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot(next) {
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
