import type { LightT } from '../i18n/lightT.ts';

/**
 * What a review or practice session covers, read from the page address: every deck, one
 * deck (?deck=module-id) or one lesson (?lesson=lesson-id). The address is shareable, so it
 * is checked: an unknown id falls back to every deck and says so.
 */
export type Scope = { kind: 'all' } | { kind: 'deck'; id: string } | { kind: 'lesson'; id: string };

interface DeckIndex {
  id: string;
  lessons: { id: string }[];
}

export function scopeFromSearch(search: string, decks: DeckIndex[]): { scope: Scope; unknown: boolean } {
  const params = new URLSearchParams(search);
  const deck = params.get('deck');
  const lesson = params.get('lesson');
  if (deck !== null) return decks.some((d) => d.id === deck) ? { scope: { kind: 'deck', id: deck }, unknown: false } : { scope: { kind: 'all' }, unknown: true };
  if (lesson !== null)
    return decks.some((d) => d.lessons.some((l) => l.id === lesson))
      ? { scope: { kind: 'lesson', id: lesson }, unknown: false }
      : { scope: { kind: 'all' }, unknown: true };
  return { scope: { kind: 'all' }, unknown: false };
}

export function inScope(card: { deck: string; lesson: string }, scope: Scope): boolean {
  return scope.kind === 'all' || (scope.kind === 'deck' ? card.deck === scope.id : card.lesson === scope.id);
}

/** The query string that selects a scope ("" for every deck). */
export function scopeSearch(scope: Scope): string {
  return scope.kind === 'all' ? '' : `?${scope.kind}=${encodeURIComponent(scope.id)}`;
}

interface DeckNames {
  id: string;
  title: string;
  lessons: { id: string; title: string }[];
}

/** "All decks", "Deck: …" or "Lesson: …" for the heading of a session. */
export function scopeTitle(scope: Scope, decks: DeckNames[], t: LightT): string {
  if (scope.kind === 'deck') return t('review.scope.deck', { name: decks.find((d) => d.id === scope.id)?.title ?? scope.id });
  if (scope.kind === 'lesson') {
    const lesson = decks.flatMap((d) => d.lessons).find((l) => l.id === scope.id);
    return t('review.scope.lesson', { name: lesson?.title ?? scope.id });
  }
  return t('review.scope.all');
}
