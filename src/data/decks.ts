import { studyCardsOf, type StudyCard } from '../lib/cards/studyCards.ts';
import type { Card } from '../lib/content/schemas.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { inLocale, loadCatalog, slugOf, type Catalog } from './catalog.ts';
import { sectionHref } from './sections.ts';

/**
 * The decks as the review, deck and progress pages use them: every study card of a locale,
 * with the deck (module) and lesson it belongs to, the link to the lesson section it comes
 * from, and the source it cites.
 */
export interface DeckCard extends StudyCard {
  deck: string;
  lesson: string;
  /** The lesson section the card comes from, in this locale. */
  href: string;
  source: string;
}

export interface Deck {
  id: string;
  title: string;
  lessons: { id: string; title: string }[];
}

export async function decksIn(locale: Locale, catalog?: Catalog): Promise<Deck[]> {
  catalog ??= await loadCatalog();
  const lessons = inLocale(catalog.lessons, locale);
  return catalog.modules.map((module) => ({
    id: module.id,
    title: module.title[locale],
    lessons: lessons
      .filter((l) => l.data.module === module.id)
      .sort((a, b) => a.data.order - b.data.order)
      .map((l) => ({ id: slugOf(l), title: l.data.title })),
  }));
}

/** The content cards of a lesson, in file order. */
export function cardsOfLesson(catalog: Catalog, lessonId: string): Card[] {
  return catalog.cardFiles.find((f) => f.data.lesson === lessonId)?.data.cards ?? [];
}

const deckCards = new Map<Locale, Promise<DeckCard[]>>();

/** Every study card of a locale; built once a locale, as the review, deck and progress pages all need it. */
export function deckCardsIn(locale: Locale): Promise<DeckCard[]> {
  let cards = deckCards.get(locale);
  if (!cards) deckCards.set(locale, (cards = buildDeckCards(locale)));
  return cards;
}

async function buildDeckCards(locale: Locale): Promise<DeckCard[]> {
  const catalog = await loadCatalog();
  const decks = await decksIn(locale, catalog);
  const cards: DeckCard[] = [];
  for (const deck of decks) {
    for (const { id: lessonId } of deck.lessons) {
      const lesson = catalog.lessons.find((l) => l.id === `${locale}/${lessonId}`)!;
      for (const card of cardsOfLesson(catalog, lessonId)) {
        const source = catalog.sources.find((s) => s.id === card.source)!;
        const href = await sectionHref(lesson, card.section);
        for (const study of studyCardsOf(card, locale))
          cards.push({ ...study, deck: deck.id, lesson: lessonId, href, source: source.translatedTitle[locale] });
      }
    }
  }
  return cards;
}
