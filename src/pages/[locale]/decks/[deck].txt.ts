import type { APIRoute } from 'astro';
import { cardsOfLesson, decksIn } from '../../../data/decks.ts';
import { loadCatalog } from '../../../data/catalog.ts';
import { ankiDeckText } from '../../../lib/cards/ankiExport.ts';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';
import { messages } from '../../../lib/i18n/messages.ts';

/** /{locale}/decks/{deck}.txt: the deck in the locale, as a file Anki imports as it is. */
export async function getStaticPaths() {
  const catalog = await loadCatalog();
  return locales.flatMap((locale) => catalog.modules.map((module) => ({ params: { locale, deck: module.id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const catalog = await loadCatalog();
  const deck = (await decksIn(locale, catalog)).find((d) => d.id === params.deck)!;
  const text = ankiDeckText(
    {
      deckName: `${messages[locale]['site.name']}::${deck.title}`,
      tags: ['loyalty-lab', deck.id],
      notes: deck.lessons.flatMap((lesson) => cardsOfLesson(catalog, lesson.id).map((card) => ({ card, lesson: lesson.id }))),
    },
    locale,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
