import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, sampleLesson } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the language switcher', () => {
  it('keeps the page when a reader switches by keyboard, in and out of Persian', async () => {
    const { page, problems } = await openPage(browser, `/en/lessons/${sampleLesson}/`);
    await page.locator('.switcher summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.switcher a[lang=fa]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/fa/lessons/${sampleLesson}/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    await page.locator('.switcher summary').click();
    await page.locator('.switcher a[lang=ka]').click();
    await page.waitForURL(`**/ka/lessons/${sampleLesson}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ka');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the fragment of a glossary link', async () => {
    const { page } = await openPage(browser, '/bg/glossary/#customers-as-assets');
    await page.locator('.switcher summary').click();
    await page.locator('.switcher a[lang=en]').click();
    await page.waitForURL('**/en/glossary/#customers-as-assets');
    await page.context().close();
  });
});

describe('the language chooser at /', () => {
  it('suggests the browser language without redirecting', async () => {
    const { page } = await openPage(browser, '/', { locale: 'fa-IR' });
    const first = page.locator('[data-chooser] > li').first();
    expect(await first.getAttribute('lang')).toBe('fa');
    await expect(first.locator('.suggested').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it('remembers the language the reader chose last', async () => {
    const { page } = await openPage(browser, '/', { locale: 'en-US' });
    await page.locator('[data-chooser] a[hreflang=bg]').click();
    await page.waitForURL('**/bg/');
    await page.goto('/');
    expect(await page.locator('[data-chooser] > li').first().getAttribute('lang')).toBe('bg');
    await page.context().close();
  });

  it('suggests nothing for a language the site lacks, and lists all four', async () => {
    const { page } = await openPage(browser, '/', { locale: 'de-DE' });
    expect(await page.locator('[data-chooser] > li').count()).toBe(4);
    expect(await page.locator('.suggested:visible').count()).toBe(0);
    await page.context().close();
  });
});
