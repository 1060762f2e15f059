import { describe, expect, it } from 'vitest';
import { chooseChromium, type ChromiumCandidates } from './chromium';

const PLAYWRIGHT_CHROMIUM = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

function machine(installed: string[], overrides: Partial<ChromiumCandidates> = {}): ChromiumCandidates {
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (path) => installed.includes(path),
    playwrightExecutable: PLAYWRIGHT_CHROMIUM,
    ...overrides,
  };
}

describe('chooseChromium', () => {
  it("prefers Debian's headless shell, then Debian's Chromium, then Playwright's own, then the bundled one", () => {
    const everything = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', PLAYWRIGHT_CHROMIUM];
    expect(chooseChromium(machine(everything))).toEqual({ kind: 'system', executablePath: '/usr/bin/chromium-headless-shell' });
    expect(chooseChromium(machine(['/usr/bin/chromium', PLAYWRIGHT_CHROMIUM]))).toEqual({ kind: 'system', executablePath: '/usr/bin/chromium' });
    expect(chooseChromium(machine([PLAYWRIGHT_CHROMIUM]))).toEqual({ kind: 'playwright' });
    expect(chooseChromium(machine([]))).toEqual({ kind: 'bundled' });
  });

  it('uses the bundled Chromium when STINT_E2E_BROWSER=bundled, even with the others installed', () => {
    const env = { STINT_E2E_BROWSER: 'bundled' };
    expect(chooseChromium(machine(['/usr/bin/chromium', PLAYWRIGHT_CHROMIUM], { env }))).toEqual({ kind: 'bundled' });
  });

  it('says what to install where no bundled build exists (not Linux x64)', () => {
    for (const where of [{ platform: 'darwin' as const, arch: 'arm64' }, { platform: 'linux' as const, arch: 'arm64' }, { platform: 'win32' as const, arch: 'x64' }]) {
      const choice = chooseChromium(machine([], where));
      expect(choice.kind).toBe('none');
      expect(choice).toMatchObject({ message: expect.stringContaining('apt-get install -y chromium') });
    }
  });
});
