import { expect, type Locator, type Page } from '@playwright/test';

/** The Skills page: skills as cards, the MOT banner and walk-through, and the gaps seen in rejections. */
export class SkillsPage {
  readonly heading: Locator;
  readonly motBanner: Locator;
  readonly gaps: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { name: 'Skills', level: 2 });
    this.motBanner = page.getByRole('region', { name: 'Skills MOT' });
    this.gaps = page.getByRole('region', { name: /^Gaps seen in rejections/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Skills' }).click();
    await expect(this.heading).toBeVisible();
  }

  skill(name: string): Locator {
    return this.page.getByRole('main').getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true, level: 3 }) });
  }

  /** The gap cards, newest first. */
  gapCards(): Locator {
    return this.gaps.locator('li.gap-card');
  }

  gap(bidTitle: string): Locator {
    return this.gapCards().filter({ has: this.page.getByRole('heading', { name: bidTitle, level: 4 }) });
  }

  mot(): Locator {
    return this.page.getByRole('dialog', { name: 'This year’s skills MOT' });
  }
}
