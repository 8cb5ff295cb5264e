import { isLocale, type Locale } from './locales.ts';

/** Builds a site path under a locale: localePath('fa', 'lessons', 'x') is '/fa/lessons/x/'. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, ''));
  return `/${[locale, ...rest].join('/')}/`.replace(/\/{2,}/g, '/');
}

/** The locale a path lives under, or undefined for paths outside any locale (the chooser at /). */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The same page in another locale. Every page exists in every locale under the same slug,
 * so switching only swaps the first segment; query and hash are kept.
 */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [path, tail = ''] = splitTail(pathname);
  const parts = path.split('/');
  if (isLocale(parts[1])) parts[1] = to;
  else return localePath(to) + tail;
  return parts.join('/') + tail;
}

function splitTail(href: string): [string, string] {
  const cut = href.search(/[?#]/);
  return cut === -1 ? [href, ''] : [href.slice(0, cut), href.slice(cut)];
}
