import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetedPages } from '../../scripts/lib/budgets.ts';
import { measureFirstVisit, overBudget } from '../../scripts/lib/firstVisit.ts';
import { launchBrowser, url } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('first-visit budgets (scripts/budgets.json)', () => {
  it.each(budgetedPages().map((p) => [p.path, p]))('%s stays within its budget', async (_path, { budget, path, locale }) => {
    const visit = await measureFirstVisit(browser, url(path));
    expect(overBudget(visit, budget)).toEqual([]);
    expect(visit.urls.some((u) => u.startsWith('/pagefind/')), 'search code loads only when used').toBe(false);
    const fonts = visit.urls.filter((u) => u.endsWith('.woff2'));
    // Only the script a page shows: Georgian pages the Georgian face, Persian pages Vazirmatn.
    if (locale === 'ka') expect(fonts.some((f) => f.includes('noto-sans-georgian-georgian'))).toBe(true);
    if (locale === 'fa') expect(fonts.some((f) => f.includes('vazirmatn-arabic'))).toBe(true);
    expect(fonts.filter((f) => (locale === 'ka' ? !f.includes('georgian') : locale === 'fa' ? !f.includes('vazirmatn') : true))).toEqual([]);
  });
});
