// Asks the system for a free loopback port (bind to port 0, read it, let go), so test servers never collide with
// `npm start` (4173) or with each other.
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing was listening on a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
