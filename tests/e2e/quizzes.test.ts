import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import fa from '../../src/translations/fa.json' with { type: 'json' };
import bonds from '../../content/quizzes/relationship-levels-and-bonds.json' with { type: 'json' };
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

type Question = (typeof bonds.questions)[number] & Record<string, unknown>;
const lesson = 'relationship-levels-and-bonds';

/** Answers the question on screen with the keyboard alone, rightly or (for `wrong`) not. */
async function answerByKeys(page: Page, q: Question, wrong = false) {
  const form = page.locator('form.question');
  switch (q.type) {
    case 'single': {
      const options = q.options as { id: string }[];
      const pick = wrong ? options.find((o) => o.id !== q.answer)!.id : (q.answer as string);
      await form.locator(`input[value="${pick}"]`).focus();
      await page.keyboard.press('Space');
      break;
    }
    case 'multiple':
      // Wrong: only the first of the right options.
      for (const id of (q.answers as string[]).slice(0, wrong ? 1 : undefined)) {
        await form.locator(`input[value="${id}"]`).focus();
        await page.keyboard.press('Space');
      }
      break;
    case 'ordering': {
      // Wrong: leave the shuffled order, which never starts right. Otherwise bring each item
      // up to its place with its Move up button, pressed with Enter.
      if (wrong) break;
      const items = (q.items as { id: string }[]).map((i) => i.id);
      for (const [target, id] of items.entries()) {
        const at = async () => (await form.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')))).indexOf(id);
        if ((await at()) > target) await form.locator(`[data-item="${id}"] button`).first().focus();
        while ((await at()) > target) await page.keyboard.press('Enter');
      }
      break;
    }
    case 'sorting':
    case 'matching': {
      const rows = q.type === 'sorting' ? (q.items as { id: string; category: string }[]) : (q.pairs as { id: string }[]).map((p) => ({ id: p.id, category: p.id }));
      for (const [r, row] of rows.entries()) {
        const select = form.locator(`select[id="${q.id}-${row.id}"]`);
        const values = await select.locator('option:not([disabled])').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        // Wrong: the first row goes to another choice.
        const target = wrong && r === 0 ? values.find((v) => v !== row.category)! : row.category;
        await select.focus();
        // In a closed select, each ArrowDown moves to the next option.
        for (let i = 0; i <= values.indexOf(target); i++) await page.keyboard.press('ArrowDown');
        expect(await select.inputValue()).toBe(target);
      }
      break;
    }
  }
  await form.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.feedback').waitFor();
}

async function takeQuiz(page: Page, wrongAt = -1) {
  for (const [i, q] of bonds.questions.entries()) {
    await page.waitForFunction((id) => document.querySelector('.quiz')?.getAttribute('data-question') === id, q.id);
    await answerByKeys(page, q as Question, i === wrongAt);
    expect(await page.locator('.feedback').getAttribute('data-correct')).toBe(String(i !== wrongAt));
    await page.locator('.feedback button').focus();
    await page.keyboard.press('Enter');
  }
  await page.locator('.quiz .done').waitFor();
}

describe('lesson quiz', () => {
  it('in Persian: every question type answered with the keyboard, scores kept and shown on the lesson', async () => {
    const { page, problems } = await openPage(browser, `/fa/quiz/${lesson}/`);
    await page.locator('.quiz[data-ready]').waitFor();
    expect(new Set(bonds.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'ordering', 'sorting', 'matching']));
    await takeQuiz(page);
    const total = bonds.questions.length;
    expect(await page.locator('#quiz-score').getAttribute('data-score')).toBe(String(total));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quiz-score');
    await expect.poll(() => page.locator('#quiz-score').textContent()).toMatch(/[۰-۹]/);

    await page.goto(`/fa/lessons/${lesson}/`);
    // The score is read from storage once its place scrolls into view.
    await page.locator('#quiz-heading').scrollIntoViewIfNeeded();
    const score = page.locator(`[data-quiz-score="${lesson}"]`).first();
    await score.waitFor();
    await expect.poll(() => score.textContent()).toContain(String(total).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]));
    await page.goto('/fa/progress/');
    await page.locator(`.figures [data-quiz="${lesson}"]`).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in English: a wrong answer explains, links to its section and makes the related cards due now', async () => {
    const { page, problems } = await openPage(browser, `/en/review/?lesson=${lesson}`);
    await page.locator('.review[data-ready]').waitFor();
    // Study one card so it is scheduled days ahead.
    const card = await page.locator('.review').getAttribute('data-card');
    await page.keyboard.press('Space');
    await page.locator('.grades').waitFor();
    await page.keyboard.press('Digit4');
    await page.locator('.grades').waitFor({ state: 'detached' });
    const index = bonds.questions.findIndex((q) => q.cards.some((c) => card === c || card === `${c}:reverse`));
    expect(index).toBeGreaterThanOrEqual(0);

    await page.goto(`/en/quiz/${lesson}/`);
    await page.locator('.quiz[data-ready]').waitFor();
    for (const [i, q] of bonds.questions.entries()) {
      await page.waitForFunction((id) => document.querySelector('.quiz')?.getAttribute('data-question') === id, q.id);
      await answerByKeys(page, q as Question, i === index);
      if (i === index) {
        await expect.poll(() => page.locator('.feedback h2').textContent()).toBe(en['quiz.wrong']);
        await expect.poll(() => page.locator('.feedback').textContent()).toContain(q.explanation.en);
        const href = await page.locator('.feedback a', { hasText: en['quiz.readMore'] }).getAttribute('href');
        expect(href).toMatch(new RegExp(`^/en/lessons/${lesson}/#.+`));
        break;
      }
      await page.locator('.feedback button').click();
    }
    await page.goto('/en/decks/relationship-marketing/');
    await page.locator('.browser[data-ready]').waitFor();
    await expect.poll(() => page.locator(`[data-card="${card}"] .meta`).textContent()).toContain(en['browser.dueNow']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shuffles again on retry and starts from the first question', async () => {
    const { page } = await openPage(browser, `/fa/quiz/${lesson}/`);
    await page.locator('.quiz[data-ready]').waitFor();
    await takeQuiz(page, 0);
    expect(await page.locator('.summary .is-wrong').count()).toBe(1);
    await page.getByRole('button', { name: fa['quiz.retry'] }).click();
    await page.waitForFunction((id) => document.querySelector('.quiz')?.getAttribute('data-question') === id, bonds.questions[0].id);
    await page.context().close();
  });
});
