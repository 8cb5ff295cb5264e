import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLightT } from '../../src/lib/i18n/lightT.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { launchBrowser, openPage, sampleLesson } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

// A word from the sample lesson in each locale, typed as a reader would: the Persian one on an
// Arabic keyboard (ي, ك), the Georgian and Bulgarian ones as the first part of an inflected word.
const queries: Record<Locale, string> = {
  en: 'transaction',
  ka: 'მარკეტინგ',
  fa: 'مشتري',
  bg: 'маркетинг',
};

describe('search', () => {
  it.each(Object.entries(queries))('in %s finds the sample lesson from the header box, and only pages of that language', async (locale, query) => {
    const { page, problems } = await openPage(browser, `/${locale}/`);
    const scriptsBefore = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('pagefind')).length);
    expect(scriptsBefore).toBe(0);

    await page.locator('#site-search').fill(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${locale}/search/?q=*`);
    const results = page.locator('.results a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`/${locale}/lessons/${sampleLesson}/`);
    expect(hrefs.every((h) => h.startsWith(`/${locale}/`))).toBe(true);
    // The count, in the page's words and digits ("۱۲ نتیجه").
    const said = createLightT(locale as Locale, messages[locale as Locale])('search.results', { count: hrefs.length });
    await expect.poll(async () => (await page.locator('[role=status]').textContent())?.trim()).toBe(said);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('narrows by kind, keeps the filter in the address, and says so when nothing matches', async () => {
    const { page } = await openPage(browser, `/fa/search/?q=${encodeURIComponent(queries.fa)}`);
    await page.locator('.results a').first().waitFor();
    const paths = () => page.locator('.results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect((await paths()).some((p) => p.startsWith('/fa/lessons/'))).toBe(true);
    expect((await paths()).some((p) => p.startsWith('/fa/cases/'))).toBe(true);

    await page.locator('input[name=kind][value=case]').check();
    await page.waitForFunction(() => [...document.querySelectorAll('.results a')].every((a) => (a as HTMLAnchorElement).pathname.startsWith('/fa/cases/')));
    expect(page.url()).toContain('kind=case');
    await page.reload();
    await page.locator('.results a').first().waitFor();
    expect(await page.locator('input[name=kind][value=case]').isChecked()).toBe(true);
    expect((await paths()).every((p) => p.startsWith('/fa/cases/'))).toBe(true);

    await page.locator('#search-query').fill('زززززز');
    await page.waitForFunction(() => document.querySelectorAll('.results a').length === 0 && /زززززز/.test(document.querySelector('[role=status]')?.textContent ?? ''));
    await page.context().close();
  });

  it('tells the reader plainly when the search code cannot load', async () => {
    const { page } = await openPage(browser, '/bg/');
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.locator('#site-search').fill(queries.bg);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/bg/search/?q=*');
    const bg = (await import('../../src/translations/bg.json', { with: { type: 'json' } })).default;
    // "Searching…" shows first; the failure replaces it once the aborted load settles.
    await page.waitForFunction((failed) => document.querySelector('[role=status]')?.textContent?.trim() === failed, bg['search.failed']);
    expect(await page.locator('.results a').count()).toBe(0);
    await page.context().close();
  });
});
