import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bg from '../../src/translations/bg.json' with { type: 'json' };
import en from '../../src/translations/en.json' with { type: 'json' };
import { fillableDisk, launchBrowser, openPage, sampleLesson } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const lessonPath = (locale: string) => `/${locale}/lessons/${sampleLesson}/`;
const doneBox = (page: Page) => page.locator('.lesson-done input[type=checkbox]');

async function markByKeyboard(page: Page) {
  await page.locator('.lesson-done').scrollIntoViewIfNeeded();
  await doneBox(page).waitFor();
  await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('.lesson-done input')?.disabled);
  await doneBox(page).focus();
  await page.keyboard.press('Space');
  await page.locator('.lesson-done[data-stored=true]').waitFor();
}

const progressOf = (page: Page, module = 'relationship-marketing') =>
  page.locator(`#module-${module} [data-module-progress] .label`);

describe('mark as done', () => {
  it('in Persian survives a reload and shows on the home page, in Persian digits', async () => {
    const { page, problems } = await openPage(browser, lessonPath('fa'));
    await markByKeyboard(page);
    await page.reload();
    await page.locator('.lesson-done').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.lesson-done input')?.checked === true, null, { timeout: 5000 });

    await page.goto('/fa/');
    await progressOf(page).waitFor();
    await expect.poll(() => progressOf(page).textContent()).toMatch(/^۱ از [۰-۹]+ درس/);
    await expect.poll(() => page.locator(`[data-lesson-item="${sampleLesson}"]`).getAttribute('class')).toContain('is-done');
    expect(problems).toEqual([]);

    // Progress follows the learner into another language: lesson ids are shared.
    await page.goto('/en/modules/relationship-marketing/');
    await page.locator('[data-module-progress] .label').waitFor();
    await expect.poll(() => page.locator('[data-module-progress] .label').textContent()).toMatch(/^1 of \d+ lessons done$/);
    await page.context().close();
  });

  it('a second tab sees the change without reloading', async () => {
    const { page: home } = await openPage(browser, '/en/');
    await progressOf(home).waitFor();
    await expect.poll(() => progressOf(home).textContent()).toMatch(/^0 of/);
    const lesson = await home.context().newPage();
    await lesson.goto(lessonPath('en'));
    await markByKeyboard(lesson);
    await home.waitForFunction(() => /^1 of/.test(document.querySelector('#module-relationship-marketing .label')?.textContent ?? ''));
    // Unmark in the home page's tab: the lesson tab follows.
    await lesson.locator('.lesson-done input').uncheck();
    await home.waitForFunction(() => /^0 of/.test(document.querySelector('#module-relationship-marketing .label')?.textContent ?? ''));
    await home.context().close();
  });

  it('tells the learner, in their language, when the browser keeps no storage', async () => {
    const { page } = await openPage(browser, '/en/');
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await page.goto(lessonPath('bg'));
    await page.locator('.lesson-done').scrollIntoViewIfNeeded();
    await page.locator('.lesson-done [role=alert]').waitFor();
    await expect.poll(() => page.locator('.lesson-done [role=alert]').textContent()).toBe(bg['storage.unavailable']);
    expect(await doneBox(page).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('says the storage is full, shows what is really stored, and works again once there is room', async () => {
    const { page } = await openPage(browser, '/en/');
    const setDiskFull = await fillableDisk(page, 'put');
    await page.goto(lessonPath('en'));
    await page.locator('.lesson-done').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('.lesson-done input')?.disabled);
    await setDiskFull(true);
    await doneBox(page).click();
    await page.locator('.lesson-done [role=alert]').waitFor();
    await expect.poll(() => page.locator('.lesson-done [role=alert]').textContent()).toBe(en['storage.full']);
    expect(await doneBox(page).isChecked()).toBe(false);

    await setDiskFull(false);
    await doneBox(page).click();
    await page.locator('.lesson-done[data-stored=true]').waitFor();
    expect(await doneBox(page).isChecked()).toBe(true);
    expect(await page.locator('.lesson-done [role=alert]').count()).toBe(0);
    await page.context().close();
  });
});
