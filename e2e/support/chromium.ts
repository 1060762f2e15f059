import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Debian's Chromium builds, best first. The headless shell (`apt-get install chromium-headless-shell`, as CI
 * does) is the build Playwright itself runs headless tests in: it runs this suite in about two thirds of the time
 * the full browser (`apt-get install chromium`) takes, which drives its whole user interface without a screen.
 */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * `STINT_E2E_BROWSER=bundled` skips the system's and Playwright's browsers, so that CI proves the bundled one
 * works on a machine that has the others too.
 */
export const BROWSER_SWITCH = 'STINT_E2E_BROWSER';

export type ChromiumChoice =
  | { kind: 'system'; executablePath: string }
  | { kind: 'playwright' }
  | { kind: 'bundled' }
  | { kind: 'none'; message: string };

export interface ChromiumCandidates {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
  playwrightExecutable: string;
}

/**
 * Which Chromium the tests and the UI benchmark drive, in order of preference: Debian's, then Playwright's own
 * (after `npx playwright install chromium`), then the headless build inside the npm package @sparticuz/chromium,
 * which `npm install` brings (Linux x64 only: that is the only build it ships).
 */
export function chooseChromium({ env, platform, arch, exists, playwrightExecutable }: ChromiumCandidates): ChromiumChoice {
  const bundledOnly = env[BROWSER_SWITCH] === 'bundled';
  const system = SYSTEM_CHROMIUMS.find(exists);
  if (!bundledOnly && system) return { kind: 'system', executablePath: system };
  if (!bundledOnly && exists(playwrightExecutable)) return { kind: 'playwright' };
  if (platform === 'linux' && arch === 'x64') return { kind: 'bundled' };
  return {
    kind: 'none',
    message:
      'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium` where downloads are allowed.',
  };
}

/**
 * The executable to launch, or undefined for Playwright's own browser. The bundled one is unpacked to the
 * temporary folder on first use (about 5 s), then reused.
 */
export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const choice = chooseChromium({ env, platform: process.platform, arch: process.arch, exists: existsSync, playwrightExecutable: chromium.executablePath() });
  switch (choice.kind) {
    case 'system':
      return choice.executablePath;
    case 'playwright':
      return undefined;
    case 'bundled': {
      const { default: bundled } = await import('@sparticuz/chromium');
      return bundled.executablePath();
    }
    case 'none':
      throw new Error(choice.message);
  }
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
