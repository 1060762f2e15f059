import type { Locator, Page } from '@playwright/test';

/** The board's search and filters, addressed by what they say. */
export class FilterBarPage {
  readonly bar: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('search', { name: 'Search and filter bids' });
  }

  /** A multi-value filter's button, named "Stages: Lead, Submitted" (or "Stages: all"). */
  filter(label: string): Locator {
    return this.bar.getByRole('button', { name: new RegExp(`^${label}:`) });
  }

  /** Ticks `options` in the filter `label` with the mouse, then closes its list. */
  async choose(label: string, options: string[]): Promise<void> {
    await this.filter(label).click();
    const group = this.bar.getByRole('group', { name: label });
    for (const option of options) await group.getByRole('checkbox', { name: option, exact: true }).check();
    await this.page.keyboard.press('Escape');
  }
}
