import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocale } from '../../../src/lib/i18n/locales.ts';
import { builtPages, launchBrowser, openPage } from './browser.ts';

const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What axe finds on the page as it stands, one line a rule: "rule-id: selector, selector". */
export async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(rules).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What axe finds on a freshly opened page, with the language menu open so its links are checked too. */
export async function pageFindings(browser: Browser, path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const { page } = await openPage(browser, path, { colorScheme });
  if (await page.locator('.switcher summary').count()) await page.locator('.switcher summary').click();
  const findings = await axeFindings(page);
  await page.context().close();
  return findings;
}

/**
 * Axe on every built page of the given locales, in the light theme. The sweep is split over
 * test files by locale so the two test workers share it; a page outside the locales (the root)
 * goes with "en", so no page falls between the files.
 */
export function sweepPages(locales: string[]): void {
  const localeOf = (path: string) => {
    const first = path.split('/')[1];
    return isLocale(first) ? first : 'en';
  };
  const paths = builtPages().filter((path) => locales.includes(localeOf(path)));
  describe(`axe on every ${locales.join(' and ')} page`, () => {
    let browser: Browser;
    beforeAll(async () => void (browser = await launchBrowser()));
    afterAll(() => browser?.close());

    it.each(paths)('%s has no violations', async (path) => {
      expect(await pageFindings(browser, path, 'light')).toEqual([]);
    });
  });
}
