import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

// Every page in the light theme; in the dark theme, one page of each kind (lesson, deck, quiz...)
// in one left-to-right and one right-to-left locale: the colours are the same in all four
// locales and on every page of a kind.
const kindOf = (path: string) => path.split('/').slice(2, 3).join('/') + (path.split('/').length > 4 ? '/*' : '');
const darkSample = new Map<string, string>();
for (const path of builtPages()) {
  const locale = path.split('/')[1];
  if (locale === 'en' || locale === 'fa') {
    const key = `${locale} ${kindOf(path)}`;
    if (!darkSample.has(key)) darkSample.set(key, path);
  }
}
const cases = [
  ...builtPages().map((path) => [path, 'light'] as const),
  ...[...darkSample.values()].map((path) => [path, 'dark'] as const),
];

describe('axe', () => {
  it.each(cases)('%s in the %s theme has no violations', async (path, colorScheme) => {
    const { page } = await openPage(browser, path, { colorScheme });
    // Open the language menu so its links are checked too.
    if (await page.locator('.switcher summary').count()) await page.locator('.switcher summary').click();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await page.context().close();
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
  const check = async (page: import('playwright-core').Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  it.each([
    ['fa', 'dark'],
    ['en', 'light'],
  ] as const)('review with the answer shown, the card browser and the progress tables (%s, %s)', async (locale, colorScheme) => {
    const { page } = await openPage(browser, `/${locale}/review/?deck=relationship-marketing`, { colorScheme });
    await page.locator('.review[data-ready]').waitFor();
    await page.keyboard.press('Space');
    await page.locator('.grades').waitFor();
    expect(await check(page)).toEqual([]);
    await page.keyboard.press('Digit1');
    await page.locator('.grades').waitFor({ state: 'detached' });

    await page.goto(`/${locale}/decks/relationship-marketing/`);
    await page.locator('.browser[data-ready]').waitFor();
    await page.locator('.browser [data-state=learning] .actions button').nth(1).click();
    await page.locator('.browser .confirm').waitFor();
    expect(await check(page)).toEqual([]);

    await page.goto(`/${locale}/progress/`);
    await page.locator('.figures[data-ready]').waitFor();
    for (const summary of await page.locator('.figures summary').all()) await summary.click();
    expect(await check(page)).toEqual([]);

    await page.goto(`/${locale}/settings/`);
    await page.locator('section[data-ready][aria-labelledby=scheduler-heading]').waitFor();
    await page.locator('#setting-newPerDay').fill('-3');
    await page.locator('#scheduler-heading ~ form button[type=submit]').click();
    await page.locator('[aria-invalid=true]').waitFor();
    expect(await check(page)).toEqual([]);
    await page.context().close();
  });
});

describe('axe on a quiz and a role-play in use', () => {
  it.each(['fa', 'en'] as const)('%s: a checked matching question, the score, and a debrief', async (locale) => {
    const { page } = await openPage(browser, `/${locale}/quiz/loyalty-pyramid/`, { colorScheme: locale === 'fa' ? 'dark' : 'light' });
    await page.locator('.quiz[data-ready]').waitFor();
    const run = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await run()).toEqual([]);
    while (await page.locator('form.question').count()) {
      const form = page.locator('form.question');
      for (const input of await form.locator('input').all()) await input.check();
      for (const select of await form.locator('select').all()) await select.selectOption({ index: 1 });
      await form.locator('button[type=submit]').click();
      await page.locator('.feedback').waitFor();
      if ((await form.getAttribute('data-type')) === 'matching') expect(await run()).toEqual([]);
      await page.locator('.feedback button').click();
    }
    await page.locator('.quiz .done').waitFor();
    expect(await run()).toEqual([]);

    await page.goto(`/${locale}/scenarios/late-order/`);
    await page.locator('.role-play[data-ready]').waitFor();
    while (await page.locator('.role-play .choice').count()) await page.locator('.role-play .choice').last().click();
    await page.locator('.debrief').waitFor();
    expect(await run()).toEqual([]);
    await page.context().close();
  });
});
