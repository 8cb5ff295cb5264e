import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, sampleLesson } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** A short description of the focused element, for comparing tab order with the page. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const outline = getComputedStyle(el).outlineStyle;
    return { key: el.dataset.tabKey ?? '', outline };
  });

const pagesToWalk = [
  '/en/',
  `/fa/lessons/${sampleLesson}/`,
  '/ka/search/',
  '/bg/settings/',
  '/fa/glossary/',
  '/',
  '/fa/cases/',
  '/ka/cases/tesla/',
  '/bg/modules/service-quality/',
  '/fa/decks/relationship-marketing/',
  '/en/quiz/loyalty-pyramid/',
  '/fa/scenarios/late-order/',
  '/bg/progress/',
];

describe('keyboard only', () => {
  it.each(pagesToWalk)('%s: Tab reaches every control, each with a visible focus ring', async (path) => {
    const { page } = await openPage(browser, path);
    // Islands that run on load first take over their server-rendered HTML (Astro then drops
    // the island's ssr attribute), and enable controls that wait for storage.
    await page.waitForFunction(() => !document.querySelector('astro-island[client="load"][ssr]'));
    // Islands that read the learner's storage enable their controls once it is open.
    const ready = ['.browser', '.figures', '.quiz', '.role-play', '[aria-labelledby=backup-heading]'].map((s) => `${s}:not([data-ready])`).join(', ');
    await page.waitForFunction((pending) => !document.querySelector(pending), ready);
    if (path.includes('/progress/')) await page.locator('.figures').waitFor();
    // Label every control a reader can use; then Tab through and tick them off. A radio group
    // is one Tab stop (arrow keys move within it), so its radios share a label.
    const controls = await page.evaluate(() => {
      // Disabled controls (a progress checkbox before its storage opens) take no focus.
      const selector = 'a[href], button:not(:disabled), input:not(:disabled), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const visible = (el: HTMLElement) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
      const els = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => visible(el) && !el.closest('details:not([open]) > :not(summary)'));
      els.forEach((el, i) => {
        const radio = el instanceof HTMLInputElement && el.type === 'radio';
        el.dataset.tabKey = radio ? `radio:${el.name}` : String(i);
      });
      return new Set(els.map((el) => el.dataset.tabKey)).size;
    });
    expect(controls).toBeGreaterThan(0);
    const reached = new Set<string>();
    for (let i = 0; i < controls + 10 && reached.size < controls; i++) {
      await page.keyboard.press('Tab');
      const focus = await describeFocus(page);
      if (!focus?.key) continue;
      expect(focus.outline, `focus ring on control ${focus.key}`).not.toBe('none');
      reached.add(focus.key);
    }
    expect(reached.size).toBe(controls);
    await page.context().close();
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await openPage(browser, `/fa/lessons/${sampleLesson}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('opens the language menu and the theme toggle from the keyboard', async () => {
    const { page } = await openPage(browser, '/bg/', { colorScheme: 'light' });
    await page.locator('.switcher summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.switcher').getAttribute('open')).not.toBeNull();
    await page.locator('[data-theme-toggle]').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });
});
