import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium: the one browser these machines can install (no browser downloads here). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to test in: Debian's if installed, else Playwright's own if `npx playwright install chromium`
 * has been run, else a plain instruction instead of a cryptic launch failure.
 */
export function chromiumExecutable(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium` where downloads are allowed.',
  );
}

/** Flags for a quiet headless Chromium on a machine without internet: no background connections to fail. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
