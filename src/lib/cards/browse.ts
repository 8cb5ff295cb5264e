import { State } from 'ts-fsrs';
import type { CardRecord } from '../storage/records.ts';
import type { Locale } from '../i18n/locales.ts';
import { normalizeSearchText } from '../search/normalize.ts';

/** The card browser's filters: a text search over both sides and the card's state. */
export type StateFilter = 'all' | 'new' | 'learning' | 'review' | 'suspended';

export function stateOf(record: CardRecord | undefined): Exclude<StateFilter, 'all'> {
  if (record?.suspended) return 'suspended';
  const state = record?.fsrs.state ?? State.New;
  if (state === State.New) return 'new';
  return state === State.Review ? 'review' : 'learning';
}

/** Case-, ZWNJ- and digit-insensitive text for matching: what the learner types meets the card. */
export function searchable(text: string, locale: Locale): string {
  return normalizeSearchText(text, locale)
    .toLocaleLowerCase(locale)
    .replace(/[\u200c{}]/g, '');
}

export function matches(card: { front: string; back: string; extra?: string }, query: string, locale: Locale): boolean {
  const q = searchable(query.trim(), locale);
  return q === '' || searchable(`${card.front} ${card.back} ${card.extra ?? ''}`, locale).includes(q);
}
