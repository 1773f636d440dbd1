import { existsSync } from 'node:fs';

// The headless shell first: the full browser in headless mode throttles pages it thinks are in the
// background, which makes parallel test files slow and flaky.
const howToGetOne =
  'Install one with `apt-get install chromium-headless-shell` (Debian) or set CHROME_PATH to a Chrome or Chromium executable.';

const candidates = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The Chromium to test and benchmark with: `CHROME_PATH`, else Debian's headless shell or chromium. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there. ${howToGetOne}`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No Chromium found. ${howToGetOne}`);
}

export const isHeadlessShell = (path) => path.includes('headless-shell');

export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
