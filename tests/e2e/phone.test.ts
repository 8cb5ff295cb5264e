import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import fa from '../../src/translations/fa.json' with { type: 'json' };
import { axeFindings } from './support/axe.ts';
import { launchBrowser, openPage, sampleLesson } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('on a phone', () => {
  it('folds the menu so a review starts on the first screen, and opens it by touch (fa)', async () => {
    const { page, problems } = await openPage(browser, '/fa/review/', phone);
    await page.locator('.review[data-ready]').waitFor();
    const toggle = page.getByRole('button', { name: fa['nav.menu'] });
    const nav = page.getByRole('navigation', { name: fa['nav.primary'] });
    expect(await nav.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The header is one row (it took five before it folded), so the card and its "show answer"
    // button are well inside the first screen.
    expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThan(80);
    const show = await page.getByRole('button', { name: fa['review.show'] }).boundingBox();
    expect(show!.y + show!.height).toBeLessThan(844 * 0.75);

    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: fa['nav.decks'] }).tap();
    await page.waitForURL('**/fa/decks/');
    expect(await page.getByRole('navigation', { name: fa['nav.primary'] }).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens and closes the menu by keyboard, Escape returning focus to its button (en)', async () => {
    const { page } = await openPage(browser, `/en/lessons/${sampleLesson}/`, phone);
    const toggle = page.locator('.menu-toggle');
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the site name
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);
    expect(await page.getByRole('navigation', { name: en['nav.primary'] }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('keeps every link in view when scripts do not run', async () => {
    const { page } = await openPage(browser, '/fa/', { ...phone, javaScriptEnabled: false });
    expect(await page.getByRole('navigation', { name: fa['nav.primary'] }).isVisible()).toBe(true);
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows the menu to a wide screen without a button', async () => {
    const { page } = await openPage(browser, '/fa/');
    expect(await page.getByRole('navigation', { name: fa['nav.primary'] }).isVisible()).toBe(true);
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('passes axe with the menu open (fa, %s)', async (colorScheme) => {
    const { page } = await openPage(browser, `/fa/lessons/${sampleLesson}/`, { ...phone, colorScheme });
    await page.locator('.menu-toggle').tap();
    await page.locator('.switcher summary').tap();
    expect(await axeFindings(page)).toEqual([]);
    await page.context().close();
  });
});
