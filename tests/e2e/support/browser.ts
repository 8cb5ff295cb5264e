import { readdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

/** One headless Chromium per test file. */
export { launchChromium as launchBrowser } from '../../../scripts/lib/chromium.ts';

export const url = (path: string) => new URL(path, inject('baseURL')).href;

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
}

/** A fresh context (its own storage) with one page that records everything that goes wrong. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  // A request cut short by the test's own navigation (ERR_ABORTED) is not a fault of the page.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(path);
  return { page, problems };
}

/** Every built page, as a site path ("/fa/lessons/x/"), from dist/. */
export function builtPages(): string[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** The sample lesson every locale has; pages of each kind are tested through it. */
export const sampleLesson = 'relationship-vs-transaction-marketing';

/**
 * Lets a test fill the disk at will: while full, the store method named (IndexedDB `add` or
 * `put`) throws QuotaExceededError, as a browser does when the site's quota is used up.
 * Call before the page that writes is loaded; returns the switch.
 */
export async function fillableDisk(page: Page, method: 'add' | 'put'): Promise<(full: boolean) => Promise<void>> {
  await page.addInitScript((name) => {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }, method);
  return (full) => page.evaluate((f) => void ((window as unknown as { diskFull?: boolean }).diskFull = f), full);
}
