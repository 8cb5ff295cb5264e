/** A cloze sentence as parts: hidden parts are blanked on the front and marked on the back. */
export interface ClozePart {
  text: string;
  hidden: boolean;
}

export function clozeParts(text: string): ClozePart[] {
  return text
    .split(/(\{\{[^{}]+\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.startsWith('{{') && piece.endsWith('}}') ? { text: piece.slice(2, -2), hidden: true } : { text: piece, hidden: false }));
}

/** The sentence with its answers filled in, as plain text. */
export function clozeAnswer(text: string): string {
  return clozeParts(text)
    .map((p) => p.text)
    .join('');
}

/** Anki's cloze syntax; all parts are c1, so Anki hides them together as the site does. */
export function clozeForAnki(text: string, escape: (s: string) => string): string {
  return clozeParts(text)
    .map((p) => (p.hidden ? `{{c1::${escape(p.text)}}}` : escape(p.text)))
    .join('');
}
