// A front for the served build that holds back chosen requests until the test lets them through: the one way to keep
// a service worker's install in progress for as long as a journey needs, without timing anything.
import { createServer, request } from 'node:http';
import { freePort } from '../../scripts/free-port.mjs';

/** The front's address (its own origin, so a fresh one for storage), the first held path, and the release. */
export interface HeldFront {
  readonly url: string;
  /** Resolves with the path of the first request held back. */
  readonly held: Promise<string>;
  /** Lets every held request through, and every later one straight on. */
  release(): void;
  close(): Promise<void>;
}

/** Forwards every request to the build on `port`, holding back those whose path `hold` picks until `release`. */
export async function heldFront(port: number, hold: (path: string) => boolean): Promise<HeldFront> {
  let released = false;
  const waiting: (() => void)[] = [];
  let noteHeld: (path: string) => void = () => undefined;
  const held = new Promise<string>((resolve) => {
    noteHeld = resolve;
  });
  const server = createServer((incoming, outgoing) => {
    const forward = () => {
      const upstream = request(
        { host: '127.0.0.1', port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    };
    const path = new URL(incoming.url ?? '/', 'http://front').pathname;
    if (released || !hold(path)) return forward();
    waiting.push(forward);
    noteHeld(path);
  });
  const own = await freePort();
  await new Promise<void>((resolve) => server.listen(own, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${own}`,
    held,
    release() {
      released = true;
      for (const forward of waiting.splice(0)) forward();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
