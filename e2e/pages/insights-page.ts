import { expect, type Locator, type Page } from '@playwright/test';

/** The Insights page as a user reads it: findings, then chart cards by their titles. */
export class InsightsPage {
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.findings = page.getByRole('region', { name: 'Findings' });
  }

  /** Goes to Insights through the nav, as a user does, and waits for the charts. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Insights' }).click();
    await expect(this.page.getByRole('heading', { name: 'Insights', level: 2 })).toBeVisible();
    await expect(this.findings).toBeVisible();
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Opens a card's table view and gives its rows. */
  async tableRows(title: string): Promise<Locator> {
    const card = this.card(title);
    await card.getByText('Table view', { exact: true }).click();
    return card.getByRole('table').getByRole('row');
  }

  /** A row of a card's (open) table view, by the words in its first cell. */
  tableRow(title: string, rowName: string): Locator {
    return this.card(title).getByRole('table').getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: rowName, exact: true }) });
  }

  /** The bar drawn for a row of a chart, in one of its series ("Rate", "In my control"). */
  bar(title: string, rowLabel: string, series: string): Locator {
    return this.card(title).locator(`[data-bar="${rowLabel}: ${series}"]`);
  }

  /** The list of bids a bar or a count opened. */
  bidsDialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
