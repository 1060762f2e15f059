import { test as base, expect, type Page } from '@playwright/test';
import type { ApiInput, ApiOutput } from '../src/shared/contract';
import type { ApiMethod } from '../src/shared/api-methods';
import { TOKEN_HEADER } from '../src/shared/http-protocol';
import { chromiumExecutable } from './support/chromium';
import { BoardPage } from './pages/board-page';
import { startWebHost, type RunningHost } from './support/web-host';

/** Calls the running app's API directly, to seed data or check what was stored. */
export interface ApiProbe {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
}

interface StintFixtures {
  /** The instant the host's clock starts at (`--now`), for tests of what falls due when; the real time if unset. */
  hostNow: string | undefined;
  host: RunningHost;
  /** The app opened in the browser, logged in, on a database of its own. */
  board: BoardPage;
  api: ApiProbe;
}

/**
 * The one place the app under test is launched. It is the browser host today; where an Electron binary
 * exists, an `_electron.launch()` variant can provide the same `board` page object.
 */
export const test = base.extend<StintFixtures>({
  // The Chromium chosen in e2e/support/chromium.ts (the global setup has already unpacked a bundled one).
  launchOptions: [
    async ({ launchOptions }, use) => {
      const executablePath = await chromiumExecutable();
      await use(executablePath ? { ...launchOptions, executablePath } : launchOptions);
    },
    { scope: 'worker' },
  ],
  hostNow: [undefined, { option: true }],
  host: async ({ hostNow }, use) => {
    const host = await startWebHost(undefined, hostNow);
    await use(host);
    await host.stop();
  },
  board: async ({ page, host }, use) => {
    await openApp(page, host);
    await use(new BoardPage(page));
  },
  api: async ({ playwright, host }, use) => {
    const request = await playwright.request.newContext();
    await use({
      async call(method, input) {
        // The host's address and token are read at each call: a test may restart the host, which gives it a new token.
        const response = await request.post(`${host.origin}/api/${method}`, { data: input ?? {}, headers: { [TOKEN_HEADER]: host.token } });
        const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.message}`);
        return envelope.value as never;
      },
    });
    await request.dispose();
  },
});

/**
 * Opens the app at `route` (the board unless told): its bare address leads to Today once there is data, and most
 * tests seed data after opening.
 */
export async function openApp(page: Page, host: RunningHost, route = '#/board'): Promise<void> {
  await page.goto(`${host.url}${route}`);
  await expect(page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();
}

/** Opens the host's current address in another tab, as a user does after a restart: it signs the whole browser in. */
export async function signInFromAnotherTab(page: Page, host: RunningHost): Promise<Page> {
  const tab = await page.context().newPage();
  await openApp(tab, host);
  return tab;
}

export { expect };
