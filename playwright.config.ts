import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Unit tests of the e2e support code (`*.test.ts`) run in Vitest, not here.
  testMatch: '**/*.spec.ts',
  // Picks the Chromium once, before any worker starts, so that the bundled one is unpacked only once.
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    // The executable is added by the `launchOptions` fixture in e2e/fixtures.ts (finding it may need to unpack it).
    launchOptions: { args: CHROMIUM_ARGS },
    // No trace by default: recording one (screencast and DOM snapshots at every step) costs about a quarter of the
    // suite's time on two cores, and CI keeps only the printed output. The error context, with the page's
    // accessibility tree, and a screenshot are still written on failure; for a trace, add --trace retain-on-failure.
    trace: 'off',
    screenshot: 'only-on-failure',
    viewport: { width: 1600, height: 900 },
  },
});
