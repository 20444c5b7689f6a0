// Makes sure Debian's WebKitGTK driver, Firefox ESR and Xvfb are present for the engine journeys. Installs them when
// we are root (as ensure-chromium does for Chromium); otherwise says exactly what to run. Never a downloaded browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/bin/Xvfb', pkg: 'xvfb' },
];

/** True when every engine is available (installing what is missing where we may); false with instructions. */
export function ensureEngines() {
  const missing = () => needed.filter((item) => !existsSync(item.path));
  const packages = missing().map((item) => item.pkg);
  if (packages.length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing from Debian: apt-get install ${packages.join(' ')}…`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
        stdio: 'inherit',
      });
    } catch {
      // Reported below with the command to run by hand.
    }
    if (missing().length === 0) return true;
  }
  console.error(
    `The engine journeys need ${missing()
      .map((item) => item.path)
      .join(', ')}.\n` + `Install them with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureEngines() ? 0 : 1);
