import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales.ts';
import { builtPages, launchBrowser, openPage, url } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const pages = builtPages();

describe('every page', () => {
  it('exists in all four locales under the same path', () => {
    const localized = pages.filter((p) => p !== '/');
    const bySlug = new Map<string, string[]>();
    for (const p of localized) {
      const [, locale, ...rest] = p.split('/');
      const slug = rest.join('/');
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
    }
    expect(bySlug.size).toBeGreaterThan(4);
    for (const [slug, have] of bySlug) expect(have.sort(), slug).toEqual([...locales].sort());
  });

  it.each(pages)('%s loads with no error, the right lang and dir, and its alternates', async (path) => {
    const { page, problems } = await openPage(browser, path);
    const locale = path.split('/')[1] || 'en';
    const html = page.locator('html');
    expect(await html.getAttribute('lang')).toBe(locale);
    expect(await html.getAttribute('dir')).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).not.toBe('');
    if (path !== '/') {
      const hreflangs = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
      expect(hreflangs.sort()).toEqual(['bg', 'en', 'fa', 'ka', 'x-default']);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('right to left', () => {
  it('lays the Persian header out from the right', async () => {
    const { page } = await openPage(browser, '/fa/', { viewport: { width: 1200, height: 800 } });
    const brand = await page.locator('.brand').boundingBox();
    const switcher = await page.locator('.switcher summary').boundingBox();
    expect(brand!.x).toBeGreaterThan(600);
    expect(switcher!.x).toBeLessThan(brand!.x);
    await page.context().close();
  });
});

describe('a missing page', () => {
  it('answers 404 with a message in every language and links home', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(url('/fa/lessons/no-such-lesson/'));
    expect(response?.status()).toBe(404);
    for (const locale of locales) {
      await expect(page.locator(`[lang=${locale}] a[href="/${locale}/"]`).count()).resolves.toBe(1);
    }
    await context.close();
  });
});
