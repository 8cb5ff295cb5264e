import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const revealed = (page: Page) => page.locator('[data-reveal]');

describe.each<Locale>(['fa', 'en'])('the decision point in %s', (locale) => {
  it('keeps the outcome back until the reader decides by keyboard, then explains every option', async () => {
    const { page, problems } = await openPage(browser, `/${locale}/cases/tesla/`);
    await page.locator('.decision button[type=submit]:enabled').waitFor();
    expect(await revealed(page).isVisible()).toBe(false);

    // Deciding with nothing chosen is refused with a message, not an error.
    await page.locator('.decision button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.decision [role=alert]').waitFor();

    // Pick the first option with the keyboard: Tab into the group, arrow to move, Space to choose.
    await page.locator('.decision input[type=radio]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.locator('.decision button[type=submit]').focus();
    await page.keyboard.press('Enter');

    await page.locator('.result h2').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await revealed(page).isVisible()).toBe(true);
    const options = await page.locator('.decision .option').count();
    expect(await page.locator('.feedback li').count()).toBe(options);
    expect(await page.locator('.feedback .badge.company').count()).toBe(1);
    expect(await page.locator('.feedback .badge:not(.company)').count()).toBe(1);

    await page.locator('.result button').click();
    expect(await revealed(page).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('cases', () => {
  it('print the whole case, outcome included, without the site chrome', async () => {
    const { page } = await openPage(browser, '/bg/cases/zappos/');
    await page.locator('.decision').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await revealed(page).isVisible()).toBe(true);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    await page.context().close();
  });

  it('the index filters by the lesson a case illustrates, and keeps the filter in the address', async () => {
    const { page, problems } = await openPage(browser, '/fa/cases/');
    const all = await page.locator('[data-models]:visible').count();
    expect(all).toBe(7);
    await page.locator('#case-model').selectOption('the-customer-is-not-always-right');
    const shown = await page.locator('[data-models]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(page.url()).toContain('model=the-customer-is-not-always-right');
    await expect.poll(() => page.locator('[data-case-count]').textContent()).toMatch(/[۰-۹]/);
    await page.reload();
    expect(await page.locator('[data-models]:visible').count()).toBe(shown);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a lesson links the cases that show it, and search finds cases under their kind', async () => {
    const { page } = await openPage(browser, '/ka/lessons/service-recovery-system/');
    const links = await page.locator('#cases-heading + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/ka/cases/tesla/');
    await page.goto('/en/search/?q=Zappos&kind=case');
    await page.locator('.results a').first().waitFor();
    const hrefs = await page.locator('.results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain('/en/cases/zappos/');
    expect(hrefs.every((h) => h.startsWith('/en/cases/'))).toBe(true);
    await page.context().close();
  });
});
