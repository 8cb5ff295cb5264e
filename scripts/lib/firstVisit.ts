/**
 * What a first visit to a page downloads, measured in Chromium with an empty cache: every
 * response, by kind, raw and gzip. Bytes are the same on every machine, so budgets on them
 * can fail a build where timings could not.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';

export interface Transfer {
  raw: number;
  gzip: number;
}

export type Visit = Record<ResourceKind, Transfer> & { total: Transfer; urls: string[] };

function kindOf(url: string, contentType: string): ResourceKind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  if (contentType.includes('font') || /\.woff2?$/.test(url)) return 'font';
  return 'other';
}

const empty = (): Transfer => ({ raw: 0, gzip: 0 });

export async function measureFirstVisit(browser: Browser, pageUrl: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const visit: Visit = { html: empty(), css: empty(), js: empty(), font: empty(), other: empty(), total: empty(), urls: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          // Fonts and wasm are compressed already; gzip would not shrink them on the wire.
          const gzip = kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length;
          for (const bucket of [visit[kind], visit.total]) {
            bucket.raw += body.length;
            bucket.gzip += gzip;
          }
          visit.urls.push(new URL(response.url()).pathname);
        },
        () => undefined,
      ),
    );
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  // Fonts load when text that needs them is laid out; give them the page's full render.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return visit;
}

export interface Budget {
  /** Page kind, as in the first segment after the locale ("lessons", "home"...). */
  page: string;
  jsGzip?: number;
  cssGzip?: number;
  totalGzip?: number;
}

export function overBudget(visit: Visit, budget: Budget): string[] {
  const over: string[] = [];
  if (budget.jsGzip !== undefined && visit.js.gzip > budget.jsGzip) over.push(`JS ${visit.js.gzip} B gzip > ${budget.jsGzip} B`);
  if (budget.cssGzip !== undefined && visit.css.gzip > budget.cssGzip) over.push(`CSS ${visit.css.gzip} B gzip > ${budget.cssGzip} B`);
  if (budget.totalGzip !== undefined && visit.total.gzip > budget.totalGzip) over.push(`total ${visit.total.gzip} B gzip > ${budget.totalGzip} B`);
  return over;
}
