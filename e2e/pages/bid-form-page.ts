import { expect, type Locator, type Page } from '@playwright/test';

export interface BidDetails {
  title: string;
  client?: string;
  agency?: string;
  rate?: string;
  brief?: string;
  stage?: string;
  tags?: string;
}

/** The new/edit bid dialog, addressed by its visible labels. */
export class BidFormPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(details: BidDetails): Promise<void> {
    await this.field('Title').fill(details.title);
    if (details.client !== undefined) await this.field('Client').fill(details.client);
    if (details.agency !== undefined) await this.field('Agency').fill(details.agency);
    if (details.rate !== undefined) await this.field('Rate').fill(details.rate);
    if (details.brief !== undefined) await this.field('Brief').fill(details.brief);
    if (details.stage !== undefined) await this.field('Stage').selectOption({ label: details.stage });
    if (details.tags !== undefined) await this.field('Tags').fill(details.tags);
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Add bid|Save changes)$/ }).click();
  }

  async save(details: BidDetails): Promise<void> {
    await this.fill(details);
    await this.submit();
    await expect(this.dialog).toBeHidden();
  }

  /** The error message tied to a field (through aria-describedby), as a screen reader would announce it. */
  async errorFor(label: string): Promise<string> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(' ').map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
