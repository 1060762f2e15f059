import type { Locator, Page } from '@playwright/test';
import { BidFormPage } from './bid-form-page';

/** The side panel with a bid's details and stage history. */
export class BidDetailPage {
  readonly panel: Locator;
  /** The bid's title, or what stands in for it while the bid cannot be shown. */
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary');
    this.heading = this.panel.getByRole('heading', { level: 2 });
  }

  history(): Locator {
    return this.panel.getByRole('region', { name: 'Stage history' }).getByRole('listitem');
  }

  /** What was recorded when the bid closed as Rejected, Role pulled or No response. */
  outcome(): Locator {
    return this.panel.getByRole('region', { name: 'What happened' });
  }

  async edit(): Promise<BidFormPage> {
    await this.panel.getByRole('button', { name: 'Edit' }).click();
    return new BidFormPage(this.page);
  }

  async deleteForGood(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Delete…' }).click();
    await this.page.getByRole('dialog', { name: 'Delete this bid?' }).getByRole('button', { name: 'Delete for good' }).click();
  }

  async close(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close details' }).click();
  }
}
