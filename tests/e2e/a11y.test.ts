import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, pageFindings } from './support/axe.ts';
import { builtPages, launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

// Every page is swept in the light theme by the a11y-pages-* files. In the dark theme, one page
// of each kind (lesson, deck, quiz...) in one left-to-right and one right-to-left locale: the
// colours are the same in all four locales and on every page of a kind.
const kindOf = (path: string) => path.split('/').slice(2, 3).join('/') + (path.split('/').length > 4 ? '/*' : '');
const darkSample = new Map<string, string>();
for (const path of builtPages()) {
  const locale = path.split('/')[1];
  if (locale === 'en' || locale === 'fa') {
    const key = `${locale} ${kindOf(path)}`;
    if (!darkSample.has(key)) darkSample.set(key, path);
  }
}

describe('axe in the dark theme', () => {
  it.each([...darkSample.values()])('%s has no violations', async (path) => {
    expect(await pageFindings(browser, path, 'dark')).toEqual([]);
  });

  it('checks the search results too', async () => {
    const { page } = await openPage(browser, `/fa/search/?q=${encodeURIComponent('مشتری')}`);
    await page.locator('.results a').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});

describe('axe on the flashcard screens in use', () => {
  it.each([
    ['fa', 'dark'],
    ['en', 'light'],
  ] as const)('review with the answer shown, the card browser and the progress tables (%s, %s)', async (locale, colorScheme) => {
    const { page } = await openPage(browser, `/${locale}/review/?deck=relationship-marketing`, { colorScheme });
    await page.locator('.review[data-ready]').waitFor();
    await page.keyboard.press('Space');
    await page.locator('.grades').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Digit1');
    await page.locator('.grades').waitFor({ state: 'detached' });

    await page.goto(`/${locale}/decks/relationship-marketing/`);
    await page.locator('.browser[data-ready]').waitFor();
    await page.locator('.browser [data-state=learning] .actions button').nth(1).click();
    await page.locator('.browser .confirm').waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.goto(`/${locale}/progress/`);
    await page.locator('.figures[data-ready]').waitFor();
    for (const summary of await page.locator('.figures summary').all()) await summary.click();
    expect(await axeFindings(page)).toEqual([]);

    await page.goto(`/${locale}/settings/`);
    await page.locator('section[data-ready][aria-labelledby=scheduler-heading]').waitFor();
    await page.locator('#setting-newPerDay').fill('-3');
    await page.locator('#scheduler-heading ~ form button[type=submit]').click();
    await page.locator('[aria-invalid=true]').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.context().close();
  });
});

describe('axe on a quiz and a role-play in use', () => {
  it.each(['fa', 'en'] as const)('%s: a checked matching question, the score, and a debrief', async (locale) => {
    const { page } = await openPage(browser, `/${locale}/quiz/loyalty-pyramid/`, { colorScheme: locale === 'fa' ? 'dark' : 'light' });
    await page.locator('.quiz[data-ready]').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    while (await page.locator('form.question').count()) {
      const form = page.locator('form.question');
      for (const input of await form.locator('input').all()) await input.check();
      for (const select of await form.locator('select').all()) await select.selectOption({ index: 1 });
      await form.locator('button[type=submit]').click();
      await page.locator('.feedback').waitFor();
      if ((await form.getAttribute('data-type')) === 'matching') expect(await axeFindings(page)).toEqual([]);
      await page.locator('.feedback button').click();
    }
    await page.locator('.quiz .done').waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.goto(`/${locale}/scenarios/late-order/`);
    await page.locator('.role-play[data-ready]').waitFor();
    while (await page.locator('.role-play .choice').count()) await page.locator('.role-play .choice').last().click();
    await page.locator('.debrief').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.context().close();
  });
});
