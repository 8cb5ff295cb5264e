import type { Card } from '../content/schemas.ts';
import type { Locale } from '../i18n/locales.ts';
import { clozeForAnki } from './cloze.ts';

/**
 * A deck as a text file Anki imports as it is (File > Import): tab-separated, one note a
 * line, with Anki's file headers naming the separator, the columns, the deck and the tags.
 * Each line names its note type (Anki's stock "Basic", "Basic (and reversed card)" and
 * "Cloze"), and a stable GUID, so importing a newer file updates notes instead of doubling them.
 */
export interface AnkiDeck {
  /** Anki deck path; "::" nests decks. */
  deckName: string;
  /** Tags for every note (no spaces inside a tag). */
  tags: string[];
  notes: { card: Card; lesson: string }[];
}

const noteType = { basic: 'Basic', reversible: 'Basic (and reversed card)', cloze: 'Cloze' } as const;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A field is quoted when it holds a quote, as Anki's CSV reader expects. */
const field = (s: string) => (/["\t\n]/.test(s) ? `"${s.replace(/\n|\t/g, ' ').replace(/"/g, '""')}"` : s);

const tag = (s: string) => s.trim().replace(/\s+/g, '_');

export function ankiDeckText(deck: AnkiDeck, locale: Locale): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype column:1',
    '#guid column:2',
    '#tags column:5',
    '#columns:Note type\tGUID\tFront\tBack\tTags',
    `#deck:${deck.deckName}`,
    `#tags:${deck.tags.map(tag).join(' ')}`,
  ];
  const lines = deck.notes.map(({ card, lesson }) => {
    const [first, second] =
      card.type === 'cloze'
        ? [clozeForAnki(card.text[locale], escapeHtml), escapeHtml(card.extra?.[locale] ?? '')]
        : [escapeHtml(card.front[locale]), escapeHtml(card.back[locale])];
    return [noteType[card.type], `loyalty-lab-${card.id}-${locale}`, first, second, tag(lesson)].map(field).join('\t');
  });
  return `${[...header, ...lines].join('\n')}\n`;
}
