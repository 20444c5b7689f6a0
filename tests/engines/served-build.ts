// The production build, served by `vite preview` as in the Playwright journeys, from a copy that alone carries the
// test hook for page errors (classic WebDriver has no console and no init scripts, so the page must keep its own
// list). The hook lives only in this copy: dist/ and what ships are untouched, so there is no backdoor in production.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the hook keeps the errors: sessionStorage outlives reloads and navigations within the tab. */
export const ERRORS_KEY = 'stillpoint-test-errors';

/**
 * Set to "on" in sessionStorage, the next load notes when the app calls `register()` ("registering") and what the
 * registration held when it resolved (under `…-seen`): the journey of a second load during the first install needs
 * to know the call is made, and that it met the worker waiting with nothing active (the race it is about).
 */
export const REGISTER_WATCH_KEY = 'stillpoint-test-register-watch';

// A classic script placed first in <head>, so it runs before the inline first-frame script and any module of the app.
// Same origin: CSP allows it.
const HOOK = `(() => {
  const key = ${JSON.stringify(ERRORS_KEY)};
  const note = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(String(text).slice(0, 300));
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch {}
  };
  addEventListener('error', (event) => note('uncaught: ' + (event.message || event.error)));
  // A blocked inline part (its CSP hash wrong or missing) is an error too, in every engine.
  document.addEventListener('securitypolicyviolation', (event) => {
    note('CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || '(inline)'));
  });
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    note('unhandled rejection: ' + (reason && reason.message ? reason.message : Object.prototype.toString.call(reason) + ' ' + reason));
  });
  const raceKey = ${JSON.stringify(REGISTER_WATCH_KEY)};
  if (sessionStorage.getItem(raceKey) === 'on' && navigator.serviceWorker) {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = async (...args) => {
      sessionStorage.setItem(raceKey, 'registering');
      const registration = await register(...args);
      const seen = { waiting: Boolean(registration.waiting), active: Boolean(registration.active) };
      sessionStorage.setItem(raceKey + '-seen', JSON.stringify(seen));
      return registration;
    };
  }
})();
`;

/** Runs in the page: returns and forgets the errors the hook kept for this origin in this tab. */
export function drainPageErrors(key: string): string[] {
  const list = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  return list ? (JSON.parse(list) as string[]) : [];
}

/** A running `vite preview` of the hooked copy; it can be stopped and started again (the offline journey). */
export interface ServedBuild {
  /** http://localhost:PORT: the main "device". */
  readonly url: string;
  /** http://127.0.0.1:PORT: another origin, so another device's storage in the same browser (the coach). */
  readonly otherUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Serves a new version of the service worker (its bytes change, as with a new build); the server restarts. */
  newServiceWorker(): Promise<void>;
  dispose(): Promise<void>;
}

/** Makes the hooked copy of dist/ (built by `npm run build` beforehand) and serves it on the port. */
export async function serveBuild(port: number): Promise<ServedBuild> {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` first.');
  const root = mkdtempSync(join(tmpdir(), 'stillpoint-engines-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(join(root, 'test-page-errors.js'), HOOK);
  const index = join(root, 'index.html');
  const html = readFileSync(index, 'utf8').replace('<head>', '<head><script src="/test-page-errors.js"></script>');
  writeFileSync(index, html);

  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(
      'node_modules/.bin/vite',
      ['preview', '--port', String(port), '--strictPort', '--outDir', root, '--host', '127.0.0.1'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    await waitForPort(port, true);
  };
  const stop = async () => {
    server?.kill();
    server = undefined;
    await waitForPort(port, false);
  };
  await start();
  let version = 1;
  return {
    url: `http://localhost:${port}`,
    otherUrl: `http://127.0.0.1:${port}`,
    start,
    stop,
    async newServiceWorker() {
      // Restarted, not changed in place: the server may keep a file's length and tag from when it started.
      await stop();
      version++;
      const sw = join(root, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// test build ${version}\n`);
      await start();
    },
    async dispose() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the port accepts (or refuses) connections. */
export async function waitForPort(port: number, open: boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await portOpen(port)) !== open) {
    if (Date.now() > deadline) throw new Error(`Port ${port} did not ${open ? 'open' : 'close'} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
