// Which browser the web page's tests drive (test/web/page.test.ts), found before `npm test` builds: Chromium from
// Debian's `chromium` package, or a Chrome, Chromium or Edge already on the machine, or the one CNSCD_CHROMIUM names.
// playwright-core drives it; nothing is downloaded. Run as a script (npm test's first step), it says how to get one
// when there is none — and on a Debian machine where it runs as root (a CI container), installs Debian's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where browsers live, in the order they are tried. */
export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to drive, or undefined when the machine has none. */
export function findBrowser(env = process.env) {
  if (env.CNSCD_CHROMIUM) return existsSync(env.CNSCD_CHROMIUM) ? env.CNSCD_CHROMIUM : undefined;
  return BROWSER_PATHS.find((p) => existsSync(p));
}

export const HOW_TO_GET_ONE =
  'The web page’s tests need Chromium, Chrome or Edge. On Debian or Ubuntu: sudo apt-get install chromium. ' +
  'Elsewhere, install Chrome or Edge, or set CNSCD_CHROMIUM to the browser’s program file.';

if (process.argv[1] === fileURLToPath(import.meta.url) && !findBrowser()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt && !process.env.CNSCD_CHROMIUM) {
    process.stderr.write('No browser for the web page’s tests: installing Debian’s chromium (apt-get install chromium)…\n');
    const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
    if (!run(['install', '-y', '--no-install-recommends', 'chromium'])) run(['update']) && run(['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!findBrowser()) {
    process.stderr.write(`${HOW_TO_GET_ONE}\n`);
    process.exit(1);
  }
}
