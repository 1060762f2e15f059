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

/** Every way out of the form that does not save. */
export type WayOut = 'Escape' | 'the × button' | 'Cancel' | 'a click outside';

/** The new/edit bid dialog, addressed by its visible labels. */
export class BidFormPage {
  readonly dialog: Locator;
  /** The question asked before what was typed is thrown away. */
  readonly discardQuestion: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(New bid|Edit “.*”)$/ });
    this.discardQuestion = page.getByRole('dialog', { name: /^Discard/ });
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

  async leaveBy(way: WayOut): Promise<void> {
    if (way === 'Escape') await this.page.keyboard.press('Escape');
    else if (way === 'the × button') await this.dialog.getByRole('button', { name: 'Close' }).click();
    else if (way === 'Cancel') await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    else await this.page.mouse.click(8, 8); // the backdrop's top-left corner, well outside the dialog
  }

  /** Leaves a filled form with Cancel and answers Discard to the question that follows. */
  async discard(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await this.discardQuestion.getByRole('button', { name: 'Discard' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
