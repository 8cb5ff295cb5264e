/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** The built file, relative to dist/ ("fa/lessons/x/index.html"). */
  page: string;
  href: string;
}

const attribute = /\s(?:href|src)="([^"]*)"/g;
const islandProps = /\sprops="([^"]*)"/g;
/** A string value inside an island's serialized props that is a site path. */
const pathInProps = /"(\/[^"\s\\]*)"/g;

/**
 * Site-internal targets of a page's href and src attributes, and of the paths handed to its
 * islands (a flashcard's or quiz question's link to its lesson section), which only become
 * links in the browser.
 */
export function internalLinks(html: string): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    const href = raw.replaceAll('&amp;', '&');
    if (href.startsWith('/') && !href.startsWith('//')) found.add(href);
  };
  for (const [, raw] of html.matchAll(attribute)) add(raw);
  for (const [, props] of html.matchAll(islandProps))
    for (const [, path] of props.replaceAll('&quot;', '"').matchAll(pathInProps)) add(path);
  return [...found];
}

/** The fragment ids a page defines, for #anchor links. */
export function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/**
 * Every internal link of every page must reach a built file, and a #fragment must name an id
 * on the target page. `files` maps dist-relative paths to their HTML (or '' for other files).
 */
export function findBrokenLinks(files: Map<string, string>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const resolve = (path: string): string | undefined => {
    const clean = decodeURI(path).replace(/^\//, '');
    for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) {
      if (files.has(candidate)) return candidate;
    }
    return undefined;
  };
  for (const [page, html] of files) {
    if (!page.endsWith('.html')) continue;
    for (const href of internalLinks(html)) {
      const [path, fragment] = href.split(/[?#]/, 1).concat(href.includes('#') ? href.slice(href.indexOf('#') + 1) : []);
      const target = resolve(path);
      if (target === undefined) broken.push({ page, href });
      else if (fragment && target.endsWith('.html') && !anchorsOf(files.get(target) ?? '').has(decodeURIComponent(fragment)))
        broken.push({ page, href });
    }
  }
  return broken;
}
