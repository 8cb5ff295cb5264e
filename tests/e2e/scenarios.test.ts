import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import fa from '../../src/translations/fa.json' with { type: 'json' };
import lateOrder from '../../content/scenarios/late-order.json' with { type: 'json' };
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const at = (page: Page) => page.locator('.role-play').getAttribute('data-at');

/** Picks the nth choice with the keyboard: Tab from the customer's line, then Enter. */
async function chooseByKeys(page: Page, n: number) {
  const before = await at(page);
  await page.locator('.role-play .choice').first().focus();
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector('.role-play')?.getAttribute('data-at') !== id, before);
}

/** The path to the good ending, found in the content: the first choice whose subtree reaches it. */
function pathTo(ending: string): number[] {
  const nodes = new Map(lateOrder.nodes.map((n) => [n.id, n]));
  const search = (id: string): number[] | undefined => {
    if (id === ending) return [];
    const node = nodes.get(id);
    if (!node) return undefined;
    for (const [i, c] of node.choices.entries()) {
      const rest = search(c.next);
      if (rest) return [i, ...rest];
    }
    return undefined;
  };
  return search(lateOrder.start)!;
}

describe('recovery role-play', () => {
  it.each([
    ['fa', fa],
    ['en', en],
  ] as const)('in %s: played to the end by keyboard, kept through a reload, debriefed on the three forms of justice', async (locale, m) => {
    const { page, problems } = await openPage(browser, `/${locale}/scenarios/late-order/`);
    await page.locator('.role-play[data-ready]').waitFor();
    expect(await at(page)).toBe(lateOrder.start);
    const good = lateOrder.endings.find((e) => e.tone === 'good')!.id;
    const path = pathTo(good);
    expect(path.length).toBeGreaterThanOrEqual(3);

    await chooseByKeys(page, path[0]);
    await chooseByKeys(page, path[1]);
    const middle = await at(page);
    await page.reload();
    await page.locator('.role-play[data-ready]').waitFor();
    expect(await at(page)).toBe(middle);
    await expect.poll(() => page.locator('.role-play .notice').textContent()).toBe(m['scenario.resumed']);
    for (const n of path.slice(2)) await chooseByKeys(page, n);

    expect(await at(page)).toBe(good);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ending-title');
    expect(await page.locator('.ending').getAttribute('data-tone')).toBe('good');
    expect(await page.locator('[data-justice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-justice')))).toEqual([
      'outcome',
      'procedural',
      'interactional',
    ]);
    await expect.poll(() => page.locator('.debrief').textContent()).toContain(m['scenario.justice.interactional']);
    expect(await page.locator('.debrief .path li').count()).toBe(path.length);

    await page.getByRole('button', { name: m['scenario.again'] }).click();
    await expect.poll(() => at(page)).toBe(lateOrder.start);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('starts again, and says so, when the saved conversation does not fit', async () => {
    const { page } = await openPage(browser, '/en/scenarios/');
    await page.evaluate(() => localStorage.setItem('loyalty-lab:role-play:late-order', '["a","zz"]'));
    await page.goto('/en/scenarios/late-order/');
    await page.locator('.role-play[data-ready]').waitFor();
    await expect.poll(() => page.locator('.role-play .notice').textContent()).toBe(en['scenario.restarted']);
    expect(await at(page)).toBe(lateOrder.start);
    await page.context().close();
  });

  it('is listed in the index, linked from the recovery lessons and from the case it echoes', async () => {
    const { page } = await openPage(browser, '/fa/scenarios/');
    expect(await page.locator('[data-scenario]').count()).toBeGreaterThanOrEqual(4);
    await page.goto('/fa/lessons/service-recovery-system/');
    expect(await page.locator('a[href="/fa/scenarios/late-order/"]').count()).toBe(1);
    await page.goto('/fa/cases/tesla/');
    expect(await page.locator('a[href="/fa/scenarios/late-order/"]').count()).toBe(1);
    await page.context().close();
  });
});
