import { expect, type Locator, type Page } from '@playwright/test';

export interface InterviewValues {
  date: string;
  time: string;
  format?: string;
  /** Names typed into the interviewers' box, each followed by Enter. */
  interviewers?: string[];
}

export interface FeedbackValues {
  rating: number;
  text?: string;
  from?: string;
}

/** The Interviews section of the open bid's panel, and the dialogs it opens. */
export class InterviewsPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('complementary').getByRole('region', { name: 'Interviews' });
  }

  /** The interview of that round in the list. */
  interview(round: number): Locator {
    return this.section.locator('li.interview').filter({ has: this.page.getByRole('heading', { level: 4, name: new RegExp(`^Round ${round} · `) }) });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async openNewInterview(): Promise<Locator> {
    await this.section.getByRole('button', { name: 'Add interview' }).click();
    const dialog = this.dialog('New interview');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async add(values: InterviewValues): Promise<void> {
    const dialog = await this.openNewInterview();
    await dialog.getByLabel('Date', { exact: true }).fill(values.date);
    await dialog.getByLabel('Time', { exact: true }).fill(values.time);
    if (values.format) await dialog.getByLabel('Format', { exact: true }).selectOption({ label: values.format });
    for (const name of values.interviewers ?? []) {
      await dialog.getByLabel('Add an interviewer').fill(name);
      await dialog.getByLabel('Add an interviewer').press('Enter');
    }
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Rates how the interview went in the self-assessment dialog, already open. */
  async saveSelfAssessment(rating: number, note = ''): Promise<void> {
    const dialog = this.dialog('How did the interview go?');
    await dialog.getByRole('radio', { name: new RegExp(`^${rating} `) }).check();
    if (note) await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Save self-assessment' }).click();
    await expect(dialog).toBeHidden();
  }

  async recordFeedback(round: number, values: FeedbackValues): Promise<void> {
    await this.interview(round).getByRole('button', { name: 'Record feedback' }).click();
    const dialog = this.dialog('Feedback received');
    await dialog.getByRole('radio', { name: new RegExp(`^${values.rating} `) }).check();
    if (values.text) await dialog.getByLabel('What they said').fill(values.text);
    if (values.from !== undefined) await dialog.getByLabel('From').fill(values.from);
    await dialog.getByRole('button', { name: 'Save feedback' }).click();
    await expect(dialog).toBeHidden();
  }
}
