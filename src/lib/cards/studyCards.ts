import type { Card } from '../content/schemas.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What the learner studies. A content card is one study card, except a reversible one, which
 * is two: term to meaning, and meaning to term, each with its own schedule. The reverse side
 * gets its own id so both schedules survive export, import and a language switch.
 */
export type StudyKind = 'basic' | 'forward' | 'reverse' | 'cloze';

export interface StudyCard {
  /** The id its schedule is kept under. */
  id: string;
  /** The content card it comes from. */
  cardId: string;
  kind: StudyKind;
  /** For cloze cards, the sentence with {{hidden}} parts; otherwise plain text. */
  front: string;
  back: string;
  extra?: string;
}

export const reverseId = (cardId: string) => `${cardId}:reverse`;

export function studyCardsOf(card: Card, locale: Locale): StudyCard[] {
  if (card.type === 'cloze')
    return [{ id: card.id, cardId: card.id, kind: 'cloze', front: card.text[locale], back: card.text[locale], extra: card.extra?.[locale] }];
  const front = card.front[locale];
  const back = card.back[locale];
  if (card.type === 'basic') return [{ id: card.id, cardId: card.id, kind: 'basic', front, back }];
  return [
    { id: card.id, cardId: card.id, kind: 'forward', front, back },
    { id: reverseId(card.id), cardId: card.id, kind: 'reverse', front: back, back: front },
  ];
}
