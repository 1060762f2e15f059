import { expect, type Locator, type Page } from '@playwright/test';
import { BidDetailPage } from './bid-detail-page';
import { BidFormPage } from './bid-form-page';

/** The board as a user sees it: lanes by stage name, cards by title. */
export class BoardPage {
  /** The banner that says Stint cannot be reached, or that this window is signed out. */
  readonly connectionBanner: Locator;
  /** What a screen reader hears while a card is dragged (dnd-kit's live region). */
  readonly dragAnnouncement: Locator;

  constructor(readonly page: Page) {
    this.connectionBanner = page.getByRole('main').getByRole('alert').filter({ hasText: /^Stint / });
    this.dragAnnouncement = page.locator('[id^="DndLiveRegion"]');
  }

  lane(stageLabel: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name: new RegExp(`^${stageLabel} \\d+$`) });
  }

  card(title: string): Locator {
    return this.page.locator('article[data-card-id]').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  cardIn(stageLabel: string, title: string): Locator {
    return this.lane(stageLabel).locator('article[data-card-id]').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async expectCardIn(stageLabel: string, title: string): Promise<void> {
    await expect(this.cardIn(stageLabel, title)).toBeVisible();
  }

  async newBid(): Promise<BidFormPage> {
    await this.page.getByRole('button', { name: 'New bid' }).click();
    return new BidFormPage(this.page);
  }

  async addFirstBid(): Promise<BidFormPage> {
    await this.page.getByRole('button', { name: 'Add your first bid' }).click();
    return new BidFormPage(this.page);
  }

  /** A closed stage's lane while folded: a button with its name and count, still a place to drop a card. */
  foldedLane(stageLabel: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name: new RegExp(`^${stageLabel} \\d+$`) });
  }

  /** Drags with the mouse the way a person does: press, travel in steps, release over the lane (folded or not). */
  async drag(title: string, toStageLabel: string): Promise<void> {
    // After a drop the card glides into its lane for a moment, above the cards; the next drag starts once it has.
    await expect(this.page.locator('.card-overlay')).toHaveCount(0);
    const folded = this.foldedLane(toStageLabel);
    const from = await this.card(title).boundingBox();
    const to = await ((await folded.count()) > 0 ? folded : this.lane(toStageLabel)).boundingBox();
    if (!from || !to) throw new Error(`Cannot see the card "${title}" or the lane "${toStageLabel}"`);
    await this.page.mouse.move(from.x + from.width / 3, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 3 + 20, from.y + from.height / 2, { steps: 4 });
    // Picked up once the pointer has travelled a few pixels: a drag that never started fails here, by name.
    await expect(this.card(title), `"${title}" was not picked up`).toHaveClass(/\bcard-dragging\b/);
    await this.page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
    await this.page.mouse.up();
  }

  async focusCard(title: string): Promise<void> {
    await this.card(title).focus();
  }

  async open(title: string): Promise<BidDetailPage> {
    await this.card(title).click({ position: { x: 12, y: 12 } });
    return new BidDetailPage(this.page);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search bids' }).fill(text);
  }

  /** Every toast on screen. */
  toasts(): Locator {
    // One live region holds the toast; the toast is its child.
    return this.page.getByRole('status').locator('.toast');
  }

  toast(text: string | RegExp): Locator {
    return this.toasts().filter({ hasText: text });
  }

  async laneCount(stageLabel: string): Promise<string> {
    return (await this.lane(stageLabel).locator('.lane-count').first().textContent()) ?? '';
  }
}
