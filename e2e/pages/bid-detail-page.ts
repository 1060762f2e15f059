import type { Locator, Page } from '@playwright/test';

/** The side panel with a bid's details and stage history. */
export class BidDetailPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary');
  }

  history(): Locator {
    return this.panel.getByRole('region', { name: 'Stage history' }).getByRole('listitem');
  }

  async close(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close details' }).click();
  }
}
