import { isPageKind, type KindFilter, type PageKind } from './kinds.ts';

/** One search result, reduced to what the results list shows. */
export interface SearchHit {
  url: string;
  title: string;
  /** Page text around the match; pagefind escapes it and marks matches with <mark>. */
  excerpt: string;
  kind: PageKind;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchEngine {
  search(term: string, kind: KindFilter): Promise<SearchHit[]>;
}

const maxHits = 20;

/** Wraps pagefind's module (imported from the built site) in the narrow interface the UI uses. */
export function searchEngine(pagefind: PagefindModule): SearchEngine {
  return {
    async search(term, kind) {
      const found = await pagefind.search(term, kind === 'all' ? {} : { filters: { kind } });
      const data = await Promise.all((found?.results ?? []).slice(0, maxHits).map((r) => r.data()));
      return data.map((d) => {
        const k = d.filters.kind?.[0];
        return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, kind: isPageKind(k) ? k : 'lesson' };
      });
    },
  };
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Loads pagefind on the first search only. The module picks the index of the page's
 * <html lang>, so each locale searches its own pages. A failed load is not cached, so the
 * next search tries again.
 */
export function loadPagefind(): Promise<SearchEngine> {
  engine ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ excerptLength: 24 });
    return searchEngine(pagefind);
  })().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
