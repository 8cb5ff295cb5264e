/** The kinds of page search can be narrowed to; pages carry data-pagefind-filter="kind:…". */
export const pageKinds = ['lesson', 'case'] as const;
export type PageKind = (typeof pageKinds)[number];
export type KindFilter = 'all' | PageKind;

export const kinds: readonly KindFilter[] = ['all', ...pageKinds];

export function parseKind(value: unknown): KindFilter {
  return (kinds as readonly unknown[]).includes(value) ? (value as KindFilter) : 'all';
}

export function isPageKind(value: unknown): value is PageKind {
  return (pageKinds as readonly unknown[]).includes(value);
}
