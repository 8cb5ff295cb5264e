import { z } from 'zod';
import en from '../../translations/en.json' with { type: 'json' };
import ka from '../../translations/ka.json' with { type: 'json' };
import fa from '../../translations/fa.json' with { type: 'json' };
import bg from '../../translations/bg.json' with { type: 'json' };
import type { TFunction } from 'i18next';
import type { Locale } from './locales.ts';
import { createT } from './translate.ts';

/** English is the reference: every locale must have exactly its keys, none empty. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const keys = Object.keys(en) as [MessageKey, ...MessageKey[]];

export const messagesSchema = z.strictObject(
  Object.fromEntries(keys.map((k) => [k, z.string().trim().min(1)])) as Record<MessageKey, z.ZodString>,
);

const raw: Record<Locale, unknown> = { en, ka, fa, bg };

/** Parses every locale's file once; a missing, empty or unknown key fails the build here. */
export const messages: Record<Locale, Messages> = Object.fromEntries(
  Object.entries(raw).map(([locale, data]) => {
    const parsed = messagesSchema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`src/translations/${locale}.json: ${issues.join('; ')}`);
    }
    return [locale, parsed.data as Messages];
  }),
) as Record<Locale, Messages>;

/** The messages whose keys start with one of the prefixes: what an island needs, and no more. */
export function pickMessages(locale: Locale, ...prefixes: string[]): Partial<Messages> {
  return Object.fromEntries(
    Object.entries(messages[locale]).filter(([k]) => prefixes.some((p) => k.startsWith(p))),
  ) as Partial<Messages>;
}

const tCache = new Map<Locale, TFunction>();

/** The build-time t() of a locale, with its whole file. */
export function tFor(locale: Locale): TFunction {
  let t = tCache.get(locale);
  if (!t) tCache.set(locale, (t = createT(locale, messages[locale])));
  return t;
}
