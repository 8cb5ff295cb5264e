import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const theme = (page: import('playwright-core').Page) => page.locator('html').getAttribute('data-theme');

describe('colour theme', () => {
  it('follows the system setting until the reader chooses', async () => {
    const { page } = await openPage(browser, '/ka/', { colorScheme: 'dark' });
    expect(await theme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.context().close();
  });

  it('keeps the toggled theme across a reload and other pages', async () => {
    const { page } = await openPage(browser, '/fa/', { colorScheme: 'light' });
    await page.locator('[data-theme-toggle]').click();
    expect(await theme(page)).toBe('dark');
    await page.reload();
    expect(await theme(page)).toBe('dark');
    await page.goto('/fa/glossary/');
    expect(await theme(page)).toBe('dark');
    await page.context().close();
  });

  it('goes back to the system setting from the settings page', async () => {
    const { page, problems } = await openPage(browser, '/en/settings/', { colorScheme: 'dark' });
    await page.locator('input[name=theme][value=light]').check();
    expect(await theme(page)).toBe('light');
    await page.reload();
    await page.locator('input[name=theme]:enabled').first().waitFor();
    expect(await page.locator('input[name=theme][value=light]').isChecked()).toBe(true);
    await page.locator('input[name=theme][value=system]').check();
    expect(await theme(page)).toBe('dark');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('still works when the browser refuses storage', async () => {
    const { page, problems } = await openPage(browser, '/bg/', { colorScheme: 'light' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.reload();
    await page.locator('[data-theme-toggle]').click();
    expect(await theme(page)).toBe('dark');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
