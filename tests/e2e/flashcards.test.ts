import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import fa from '../../src/translations/fa.json' with { type: 'json' };
import bg from '../../src/translations/bg.json' with { type: 'json' };
import { fillableDisk, launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(() => browser?.close());

const persianDigits = /^[^0-9]*$/;

async function openReview(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.review[data-ready]').waitFor();
}

const counts = (page: Page) =>
  page.locator('.review .counts').evaluate((el) =>
    Object.fromEntries([...el.querySelectorAll('[data-count]')].map((n) => [n.getAttribute('data-count'), n.textContent])),
  );
const shownCard = (page: Page) => page.locator('.review').getAttribute('data-card');

/** Reveals with Space and rates with a number key, waiting for the next card to be on screen. */
async function rateByKeys(page: Page, key: '1' | '2' | '3' | '4') {
  const before = await page.locator('.review').evaluate((el) => el.outerHTML.length + (el.getAttribute('data-card') ?? ''));
  await page.keyboard.press('Space');
  await page.locator('.grades').waitFor();
  await page.keyboard.press(`Digit${key}`);
  await page.locator('.grades').waitFor({ state: 'detached' });
  return before;
}

/** How many entries the review log holds, read straight from IndexedDB (0 if there is no database). */
const logSize = (page: Page) =>
  page.evaluate(
    async () =>
      !(await indexedDB.databases()).some((d) => d.name === 'loyalty-lab')
        ? 0
        : new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('loyalty-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('reviews').objectStore('reviews').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );

describe('review', () => {
  it('in Persian works with keys only: reveal, rate, undo, with intervals in Persian digits', async () => {
    const { page, problems } = await openPage(browser, '/fa/review/');
    await page.locator('.review[data-ready]').waitFor();
    const start = await counts(page);
    expect(start.new).toBe('۲۰');
    const first = await shownCard(page);
    // Focus starts on "show answer"; Space reveals the answer and moves focus to Good.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fa['review.show']);
    await page.keyboard.press('Space');
    await page.locator('.grades').waitFor();
    expect(await page.evaluate(() => document.activeElement?.querySelector('.name')?.textContent)).toBe(fa['review.good']);
    const intervals = await page.locator('.grade .interval').allTextContents();
    expect(intervals).toHaveLength(4);
    for (const label of intervals) expect(label).toMatch(persianDigits);
    expect(intervals.join(' ')).toMatch(/[۰-۹]/);
    await page.keyboard.press('Digit3');
    await page.waitForFunction((id) => document.querySelector('.review')?.getAttribute('data-card') !== id, first);
    await expect.poll(async () => (await counts(page)).new).toBe('۱۹');
    await expect.poll(() => page.locator('.review [aria-live]').textContent()).toContain(fa['review.good']);
    expect(await logSize(page)).toBe(1);

    // U undoes: the same card is back, on its question side, and the new count with it.
    await page.keyboard.press('KeyU');
    await page.waitForFunction((id) => document.querySelector('.review')?.getAttribute('data-card') === id, first);
    await expect.poll(async () => (await counts(page)).new).toBe('۲۰');
    await expect.poll(() => page.locator('.review [aria-live]').textContent()).toBe(fa['review.undone']);
    expect(await page.locator('.grades').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps its state through a reload mid-session, and the schedule through a language switch', async () => {
    const { page, problems } = await openPage(browser, '/en/review/');
    await page.locator('.review[data-ready]').waitFor();
    await rateByKeys(page, '3');
    await rateByKeys(page, '1');
    await rateByKeys(page, '4');
    const before = await counts(page);
    expect(before.new).toBe('17');
    await page.reload();
    await page.locator('.review[data-ready]').waitFor();
    expect(await counts(page)).toEqual(before);
    expect(await logSize(page)).toBe(3);

    // The same cards, in Georgian: the counts are the same schedule, in the other language.
    await page.locator('.switcher summary').click();
    await page.locator('.switcher a[lang=ka]').click();
    await page.waitForURL('**/ka/review/');
    await page.locator('.review[data-ready]').waitFor();
    expect(await counts(page)).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('two tabs never count one card twice', async () => {
    const { page: a } = await openPage(browser, '/en/review/?deck=relationship-marketing');
    await a.locator('.review[data-ready]').waitFor();
    const b = await a.context().newPage();
    // Tab B hears nothing from tab A, as when messages between tabs are slow or missing.
    await b.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
    await openReview(b, '/en/review/?deck=relationship-marketing');
    const card = await shownCard(a);
    expect(await shownCard(b)).toBe(card);

    await rateByKeys(a, '3');
    await b.bringToFront();
    await rateByKeys(b, '1');
    await b.locator('.review .notice').waitFor();
    await expect.poll(() => b.locator('.review .notice').textContent()).toBe(en['review.movedOn']);
    expect(await logSize(b)).toBe(1);
    await a.context().close();
  });

  it('a second tab follows a review made in the first', async () => {
    const { page: a } = await openPage(browser, '/en/review/');
    await a.locator('.review[data-ready]').waitFor();
    const b = await a.context().newPage();
    await b.goto('/en/decks/');
    await b.locator('.decks[data-ready]').waitFor();
    const newCount = () => b.locator('[data-deck] [data-count=new]').allTextContents();
    const before = (await newCount()).map(Number);
    await a.bringToFront();
    await rateByKeys(a, '3');
    await b.waitForFunction(
      (sum) => [...document.querySelectorAll('[data-deck] [data-count=learning]')].reduce((n, el) => n + Number(el.textContent), 0) === sum,
      1,
    );
    expect((await newCount()).map(Number).reduce((x, y) => x + y)).toBeLessThan(before.reduce((x, y) => x + y));
    await a.context().close();
  });
});

describe('progress file', () => {
  it('moves progress to another device: export, preview, merge', async () => {
    const { page: here } = await openPage(browser, '/bg/review/');
    await here.locator('.review[data-ready]').waitFor();
    await rateByKeys(here, '3');
    await rateByKeys(here, '4');
    await here.goto('/bg/settings/');
    await here.locator('section[data-ready][aria-labelledby=backup-heading]').waitFor();
    const download = here.waitForEvent('download');
    await here.getByRole('button', { name: bg['backup.export'] }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^loyalty-lab-progress-\d{4}-\d\d-\d\d\.json$/);
    const saved = await file.path();

    const { page: there, problems } = await openPage(browser, '/fa/settings/');
    await there.locator('section[data-ready][aria-labelledby=backup-heading]').waitFor();
    await there.locator('#backup-file').setInputFiles(saved);
    await there.locator('.preview').waitFor();
    const preview = await there.locator('.preview').innerText();
    expect(preview).toContain('۲'); // two cards new to this device, in Persian digits
    await there.getByRole('button', { name: fa['backup.apply'] }).click();
    await there.locator('[aria-labelledby=backup-heading] .message', { hasText: fa['backup.applied'] }).waitFor();
    expect(await logSize(there)).toBe(2);

    // Loading the same file again changes nothing, and says so.
    await there.locator('#backup-file').setInputFiles(saved);
    await there.locator('.preview', { hasText: fa['backup.nothing'] }).waitFor();
    await there.getByRole('button', { name: fa['backup.cancel'] }).click();
    await expect.poll(() => there.locator('[aria-labelledby=backup-heading] .message').textContent()).toBe(fa['backup.cancelled']);
    expect(problems).toEqual([]);
    await here.context().close();
    await there.context().close();
  });

  it('refuses a damaged, foreign or newer file with a message in the reader’s language, changing nothing', async () => {
    const { page } = await openPage(browser, '/fa/settings/');
    await page.locator('section[data-ready][aria-labelledby=backup-heading]').waitFor();
    const load = async (name: string, text: string) => {
      await page.locator('#backup-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const message = await page.locator('[aria-labelledby=backup-heading] .message:not(:empty)').textContent();
      await page.locator('#backup-file').setInputFiles([]);
      await page.locator('[aria-labelledby=backup-heading] .message:empty').waitFor({ state: 'attached' });
      return message;
    };
    expect(await load('progress.json', '{"format": "loyalty-lab-progress", "version": 1, "cards": [')).toBe(fa['backup.notJson']);
    expect(await load('anki.json', '{"decks": []}')).toBe(fa['backup.foreign']);
    expect(await load('future.json', '{"format": "loyalty-lab-progress", "version": 7}')).toBe(fa['backup.newer']);
    const damaged = await load(
      'damaged.json',
      JSON.stringify({ format: 'loyalty-lab-progress', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', lessonMarks: [], cards: [{ id: 'x' }], reviews: [], settings: null }),
    );
    expect(damaged).toContain(fa['backup.damaged'].split('(')[0].trim());
    expect(await page.locator('.preview').count()).toBe(0);
    await page.context().close();
  });
});

describe('keeping storage', () => {
  /**
   * Stands in for the browser's answer to navigator.storage.persist(), which headless Chromium
   * decides by engagement; what was asked and granted lives in sessionStorage so it survives
   * navigation in the tab.
   */
  async function browserThatGrants(page: Page, grants: boolean) {
    await page.addInitScript((grant) => {
      const read = () => JSON.parse(sessionStorage.getItem('persist-stub') ?? '{"asked":0,"granted":false}');
      StorageManager.prototype.persisted = async () => read().granted;
      StorageManager.prototype.persist = async () => {
        const state = { asked: read().asked + 1, granted: grant };
        sessionStorage.setItem('persist-stub', JSON.stringify(state));
        return grant;
      };
    }, grants);
  }
  const asked = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('persist-stub') ?? '{"asked":0}').asked as number);

  it('asks the browser to keep progress after the first rating, once, and says it is kept', async () => {
    const { page, problems } = await openPage(browser, '/fa/');
    await browserThatGrants(page, true);
    await openReview(page, '/fa/review/');
    expect(await asked(page)).toBe(0);
    await rateByKeys(page, '3');
    await expect.poll(() => asked(page)).toBe(1);
    await rateByKeys(page, '3');
    expect(await asked(page)).toBe(1);
    await page.goto('/fa/settings/');
    await expect.poll(() => page.locator('[data-persistence]').textContent()).toBe(fa['backup.persistent']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says when the browser may clear progress, and asks again when the learner saves a copy', async () => {
    const { page } = await openPage(browser, '/en/');
    await browserThatGrants(page, false);
    await page.goto('/en/settings/');
    await page.locator('section[data-ready][aria-labelledby=backup-heading]').waitFor();
    await expect.poll(() => page.locator('[data-persistence]').textContent()).toBe(en['backup.bestEffort']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en['backup.export'] }).click();
    await download;
    await expect.poll(() => asked(page)).toBe(1);
    expect(await page.locator('[data-persistence]').getAttribute('data-persistence')).toBe('best-effort');
    await page.context().close();
  });
});

describe('decks, browser, practice, settings', () => {
  it('practice drills a lesson by keys without touching the schedule', async () => {
    const { page, problems } = await openPage(browser, '/fa/practice/?lesson=loyalty-pyramid');
    await page.locator('.practice[data-ready]').waitFor();
    const total = Number(await page.locator('.practice .left').getAttribute('data-left'));
    expect(total).toBeGreaterThan(5);
    const answer = async (key: string) => {
      await page.keyboard.press('Space');
      await page.locator('.practice .answers').waitFor();
      await page.keyboard.press(key);
      await page.locator('.practice .answers').waitFor({ state: 'detached' });
    };
    await answer('Digit1'); // not yet: the card goes to the back of the line
    expect(Number(await page.locator('.practice .left').getAttribute('data-left'))).toBe(total);
    for (let i = 0; i < total; i++) await answer('Digit3');
    await page.locator('.practice .done').waitFor();
    expect(await page.locator('.practice .done').innerText()).toMatch(/[۰-۹]/);
    expect(await logSize(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the card browser searches, suspends and resets, and review follows', async () => {
    const { page } = await openPage(browser, '/en/decks/relationship-marketing/');
    await page.locator('.browser[data-ready]').waitFor();
    const all = await page.locator('.browser [data-card]').count();
    await page.getByRole('searchbox', { name: en['browser.search'] }).fill('PYRAMID');
    const found = await page.locator('.browser [data-card]').count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    await page.getByRole('searchbox', { name: en['browser.search'] }).fill('');

    const first = page.locator('.browser [data-card]').first();
    const id = await first.getAttribute('data-card');
    await first.getByRole('button', { name: en['browser.suspend'] }).click();
    await page.locator(`[data-card="${id}"][data-state=suspended]`).waitFor();
    await page.getByLabel(en['browser.state']).selectOption('suspended');
    expect(await page.locator('.browser [data-card]').count()).toBe(1);

    await page.goto('/en/review/?deck=relationship-marketing');
    await page.locator('.review[data-ready]').waitFor();
    expect(await shownCard(page)).not.toBe(id);
    await page.context().close();
  });

  it('scheduling settings are checked, kept, and used by the review', async () => {
    const { page } = await openPage(browser, '/en/settings/');
    await page.locator('section[data-ready][aria-labelledby=scheduler-heading]').waitFor();
    const retention = page.getByLabel(en['scheduler.retention']);
    await retention.fill('0.5');
    await page.getByRole('button', { name: en['scheduler.save'] }).click();
    await page.locator('[aria-labelledby=scheduler-heading] .message', { hasText: '0.70' }).waitFor();
    expect(await retention.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-desiredRetention');
    await retention.fill('0.85');
    await page.getByLabel(en['scheduler.newPerDay']).fill('5');
    await page.getByRole('button', { name: en['scheduler.save'] }).click();
    await page.locator('[aria-labelledby=scheduler-heading] .message', { hasText: en['scheduler.saved'] }).waitFor();
    await page.reload();
    await page.locator('section[data-ready][aria-labelledby=scheduler-heading]').waitFor();
    expect(await page.getByLabel(en['scheduler.newPerDay']).inputValue()).toBe('5');
    await openReview(page, '/en/review/');
    expect((await counts(page)).new).toBe('5');
    await page.context().close();
  });

  it('offers each deck as a file Anki imports, in the page’s language', async () => {
    const { page } = await openPage(browser, '/ka/decks/');
    const href = await page.locator('[data-deck=relationship-marketing] a[download]').getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toContain('text/plain');
    const lines = (await response.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines).toContain('#html:true');
    expect(lines.find((l) => l.startsWith('#deck:'))).toMatch(/^#deck:Loyalty Lab::ურთიერთობის მარკეტინგი$/);
    const notes = lines.filter((l) => !l.startsWith('#'));
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(note.split('\t')).toHaveLength(5);
    expect(notes.some((n) => n.startsWith('Cloze\t') && n.includes('{{c1::'))).toBe(true);
    await page.context().close();
  });

  it('the progress page counts what was studied, with a table behind each chart', async () => {
    const { page, problems } = await openPage(browser, '/fa/review/');
    await page.locator('.review[data-ready]').waitFor();
    await rateByKeys(page, '3');
    await rateByKeys(page, '3');
    await page.goto('/fa/progress/');
    await page.locator('.figures[data-ready]').waitFor();
    await expect.poll(() => page.locator('[data-figure=state-learning]').textContent()).toBe('۲');
    await expect.poll(() => page.locator('[data-figure=forecast-0]').textContent()).toBe('۲');
    await expect.poll(() => page.locator('[data-figure=streak]').textContent()).toContain('۱');
    await page.locator('.figures summary').first().click();
    expect(await page.locator('.figures table').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('when storage fails', () => {
  it('says so plainly when the browser keeps no storage', async () => {
    const { page } = await openPage(browser, '/bg/');
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
    await page.goto('/bg/review/');
    await page.locator('.review [role=alert]').waitFor();
    await expect.poll(() => page.locator('.review [role=alert]').textContent()).toBe(bg['storage.unavailable']);
    // Practice needs no storage: the page offers it, for the same deck or lesson.
    await page.getByRole('link', { name: bg['review.practiceInstead'] }).click();
    await page.locator('.practice[data-ready]').waitFor();
    expect(Number(await page.locator('.practice .left').getAttribute('data-left'))).toBeGreaterThan(0);
    await page.context().close();
  });

  it('keeps the card on screen when the disk is full, and saves the rating once there is room', async () => {
    const { page } = await openPage(browser, '/en/');
    // Only the log's add fails: the card's put before it in the same transaction must not stay.
    const setDiskFull = await fillableDisk(page, 'add');
    await openReview(page, '/en/review/');
    const card = await shownCard(page);
    await setDiskFull(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Digit3');
    await page.locator('.review [role=alert]').waitFor();
    await expect.poll(() => page.locator('.review [role=alert]').textContent()).toBe(en['storage.full']);
    expect(await shownCard(page)).toBe(card);
    expect(await logSize(page)).toBe(0);

    await setDiskFull(false);
    await page.locator('.grade.g3').click();
    await page.waitForFunction((id) => document.querySelector('.review')?.getAttribute('data-card') !== id, card);
    expect(await page.locator('.review [role=alert]').count()).toBe(0);
    expect(await logSize(page)).toBe(1);
    await page.context().close();
  });
});
