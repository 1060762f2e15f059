/**
 * `npm run bench:ui`: the built app in Chromium, through the browser host, on the heavy fixture.
 *
 * - board_first_cards: from navigation (a fresh browser context each time, so no cache or session) until the
 *   board shows cards.
 * - keyboard_move: from Shift+→ on a focused card until the card shows in the next lane (and back with Shift+←),
 *   waiting for the app to settle between moves.
 * - insights_first_chart: from a click on Insights in the nav (the board shown, in a fresh browser context, so
 *   the page's code is fetched too) until the first chart's bars are drawn.
 *
 * With `--json`, the last line is `{"fixture": {...}, "results": [{"name", "p50_ms", "p95_ms", ...}]}`.
 * With `--quick` (CI's check that the benchmark still runs), 2 navigations and 4 moves, no warm-up: its figures
 * are not measurements.
 *
 * Every wait is on a selector or a locator, never on a script string: the app's Content-Security-Policy forbids
 * eval in the page, as it should.
 */
import { performance } from 'node:perf_hooks';
import { chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { startWebHost } from '../e2e/support/web-host';
import { buildHeavyFixture } from './heavy-fixture';
import { formatResults, toResult, type BenchResult } from './lib/measure';

const JSON_OUTPUT = process.argv.includes('--json');
const QUICK = process.argv.includes('--quick');
const NAVIGATIONS = QUICK ? 2 : 12;
const MOVES = QUICK ? 4 : 60;
const WARMUP = QUICK ? 0 : 3;
const TARGETS = { board_first_cards: 1000, keyboard_move: 100, insights_first_chart: 1000 } as const;
/** A quick run is too short and too cold to judge against the targets. */
const targetOf = (name: keyof typeof TARGETS) => (QUICK ? undefined : TARGETS[name]);
const FIRST_CARD = 'main article[data-card-id]';
/** A bar of any Insights chart: drawn once the charts' data has arrived and recharts has laid it out. */
const FIRST_CHART_BAR = '[data-chart] [data-bar]';

async function timeUntil(action: () => Promise<unknown>, shown: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  await shown();
  return performance.now() - start;
}

/** Waits until no board request is in flight, so that one move's refresh does not overlap the next move. */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('.board-page[aria-busy="false"]');
}

async function main(): Promise<void> {
  const log = (line = '') => console.log(line);
  log(`Stint UI benchmark — the built app in Chromium on the heavy fixture${QUICK ? ' (quick: a check that it runs, not a measurement)' : ''}`);
  const heavy = buildHeavyFixture();
  log(`Fixture: ${heavy.generated.bids} bids, ${heavy.generated.events} stage events, ${heavy.generated.organisations} organisations`);
  const host = await startWebHost(heavy.file);
  const executablePath = await chromiumExecutable();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const results: BenchResult[] = [];
  try {
    const navigationSamples: number[] = [];
    for (let call = 0; call < WARMUP + NAVIGATIONS; call += 1) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const page = await context.newPage();
      const ms = await timeUntil(
        () => page.goto(host.url),
        () => page.waitForSelector(FIRST_CARD, { state: 'visible' }),
      );
      if (call >= WARMUP) navigationSamples.push(ms);
      await context.close();
    }
    results.push(toResult('board_first_cards', navigationSamples, targetOf('board_first_cards')));

    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const card = page.locator('[data-lane="lead"] article[data-card-id]').first();
    await card.waitFor();
    const id = await card.getAttribute('data-card-id');
    await card.focus();
    const moveSamples: number[] = [];
    for (let call = 0; call < WARMUP + MOVES; call += 1) {
      const forward = call % 2 === 0;
      const lane = forward ? 'brief' : 'lead';
      const ms = await timeUntil(
        () => page.keyboard.press(forward ? 'Shift+ArrowRight' : 'Shift+ArrowLeft'),
        () => page.waitForSelector(`[data-lane="${lane}"] article[data-card-id="${id}"]`, { state: 'visible' }),
      );
      if (call >= WARMUP) moveSamples.push(ms);
      await settle(page);
      // Focus follows the card; the next key press must reach it.
      await expect(page.locator(`[data-lane="${lane}"] article[data-card-id="${id}"]`)).toBeFocused();
    }
    results.push(toResult('keyboard_move', moveSamples, targetOf('keyboard_move')));
    await context.close();

    const insightsSamples: number[] = [];
    for (let call = 0; call < WARMUP + NAVIGATIONS; call += 1) {
      const fresh = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const boardPage = await fresh.newPage();
      await boardPage.goto(host.url);
      await boardPage.waitForSelector(FIRST_CARD, { state: 'visible' });
      const ms = await timeUntil(
        () => boardPage.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Insights' }).click(),
        () => boardPage.waitForSelector(FIRST_CHART_BAR, { state: 'visible' }),
      );
      if (call >= WARMUP) insightsSamples.push(ms);
      await fresh.close();
    }
    results.push(toResult('insights_first_chart', insightsSamples, targetOf('insights_first_chart')));
  } finally {
    await browser.close();
    await host.stop();
    heavy.remove();
  }

  log();
  log(formatResults(results));
  const misses = results.filter((result) => result.pass === false);
  if (QUICK) log('Quick run: the benchmark works end to end; run it without --quick to measure.');
  else log(misses.length === 0 ? 'All targets met.' : `TARGETS MISSED: ${misses.map((result) => result.name).join(', ')}`);
  if (JSON_OUTPUT) log(JSON.stringify({ quick: QUICK, fixture: { bids: heavy.generated.bids, events: heavy.generated.events, organisations: heavy.generated.organisations }, results }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
