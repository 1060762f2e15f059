import { chromiumExecutable } from './chromium';

/** Finds (and, for the bundled browser, unpacks) the Chromium once and says which one the tests drive. */
export default async function globalSetup(): Promise<void> {
  const executablePath = await chromiumExecutable();
  console.log(`End-to-end tests run in ${executablePath ?? "Playwright's own Chromium"}`);
}
