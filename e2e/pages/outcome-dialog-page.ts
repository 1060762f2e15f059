import { expect, type Locator, type Page } from '@playwright/test';

/** The "What happened with …?" dialog that a closing move opens, or the bid's panel opens later. */
export class OutcomeDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^What happened with “.*”\?$/ });
  }

  reason(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: label, exact: true });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** The chip offering `reasonLabel`, which names the words of the feedback that suggested it. */
  suggestion(reasonLabel: string): Locator {
    return this.dialog.getByRole('list', { name: 'Suggested reasons' }).getByRole('button', { name: new RegExp(`: ${reasonLabel}$`) });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async later(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Later', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
