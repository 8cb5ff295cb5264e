import { z } from 'zod';
import { locales } from '../i18n/locales.ts';
import { recoveryComponents } from '../scenarios/terms.ts';

/**
 * The contract between content/ and the site. Each schema documents the content it checks;
 * the build fails on anything that does not fit, naming the file.
 */

/** A slug-like id: lower-case Latin letters, digits and hyphens, the same in every locale. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case-hyphenated id');

/** Text given once a locale; none may be missing or empty. */
export const localizedText = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof locales)[number], z.ZodString>,
);

/** One of the source texts in shared/seeds, cited on every page that draws on it. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  /** The seed file it was read from, for whoever checks a fact. */
  seedFile: z.string().min(1),
  /** The language the source is written in. */
  language: z.enum(locales),
  /** The title as the source gives it, in its own language. */
  title: z.string().min(1),
  /** The title rendered into each locale, shown beside the original. */
  translatedTitle: localizedText,
  /** Author, where the text names one. */
  author: z.string().min(1).optional(),
  /** Publisher or outlet, where the text names one. */
  publisher: z.string().min(1).optional(),
  /** Publication date (YYYY-MM-DD), only where the text gives one. */
  date: z.iso.date().optional(),
});

/** A module groups lessons; the home page lists modules in this order. */
export const moduleSchema = z.strictObject({
  id: idSchema,
  order: z.number().int().positive(),
  title: localizedText,
});

/**
 * A glossary term (content/glossary/{id}.json; the file name is its id). Lessons list the ids
 * of their key terms and link to /{locale}/glossary/#id.
 */
export const termSchema = z.strictObject({
  term: localizedText,
  definition: localizedText,
});

/** Frontmatter of a lesson (content/lessons/{locale}/{slug}.mdx). */
export const lessonSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** One or two sentences: shown on the home page and in search results. */
  summary: z.string().trim().min(1),
  /** What the learner can do after the lesson; shown at the top. */
  objectives: z.array(z.string().trim().min(1)).min(1),
  /** Module id from content/modules.json. */
  module: idSchema,
  /** Position within the module, from 1. */
  order: z.number().int().positive(),
  /** Estimated reading time. */
  minutes: z.number().int().positive().max(60),
  /** Source ids from content/sources.json. */
  sources: z.array(idSchema).min(1),
  /** Glossary term ids: files in content/glossary/. */
  keyTerms: z.array(idSchema).default([]),
});

/** The decision point of a case: the reader picks before seeing what the company did. */
export const decisionSchema = z
  .strictObject({
    /** Puts the reader in the company's position and asks what they would do. */
    prompt: z.string().trim().min(1),
    /** Three or four plausible options, one of them the company's. */
    options: z
      .array(z.strictObject({ text: z.string().trim().min(1), feedback: z.string().trim().min(1) }))
      .min(3)
      .max(4),
    /** 1-based number of the option the company took. */
    companyChoice: z.number().int().positive(),
  })
  .refine((d) => d.companyChoice <= d.options.length, { message: 'companyChoice must name one of the options' });

/** Frontmatter of a case study (content/cases/{locale}/{slug}.mdx). */
export const caseSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  /** The company the case is about, as the source names it. */
  company: z.string().trim().min(1),
  /** A full case, or a short one that illustrates a single point. */
  kind: z.enum(['full', 'short']),
  /** Lesson ids the case illustrates: the models it shows, and the cases index filter. */
  lessons: z.array(idSchema).min(1),
  sources: z.array(idSchema).min(1),
  decision: decisionSchema,
});

/** Where a card or question sends the learner back to: its lesson's nth "##" section, from 1. */
const sectionSchema = z.number().int().positive();

const cardBase = {
  /** One id for all locales, so a schedule survives a language switch. */
  id: idSchema,
  /** The lesson section the card comes from; the card links there. */
  section: sectionSchema,
  /** The source the fact comes from: one of the lesson's sources. */
  source: idSchema,
};

/**
 * A flashcard. Basic: a question and its answer. Reversible: a term and its meaning, studied
 * both ways as two cards with their own schedules. Cloze: a sentence with {{hidden}} parts,
 * for lists and formulas; every hidden part is blanked at once.
 */
export const cardSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...cardBase, type: z.literal('basic'), front: localizedText, back: localizedText }),
  z.strictObject({ ...cardBase, type: z.literal('reversible'), front: localizedText, back: localizedText }),
  z.strictObject({
    ...cardBase,
    type: z.literal('cloze'),
    text: localizedText.refine(
      (text) => Object.values(text).every((t) => /\{\{[^{}]+\}\}/.test(t)),
      'every locale needs at least one {{hidden}} part',
    ),
    /** Shown with the answer: a line of context. */
    extra: localizedText.optional(),
  }),
]);

/** content/cards/{lesson}.json: a lesson's cards. The deck is the lesson's module. */
export const cardFileSchema = z.strictObject({
  lesson: idSchema,
  cards: z.array(cardSchema).min(1),
});

const questionBase = {
  /** One id for all locales. */
  id: idSchema,
  /** The lesson section that teaches the answer; feedback links there. */
  section: sectionSchema,
  /** Ids of the cards on the same concept: a wrong answer makes them due now. */
  cards: z.array(idSchema).default([]),
  prompt: localizedText,
  /** Why the answer is right, shown after answering either way. */
  explanation: localizedText,
};
const choice = z.strictObject({ id: idSchema, text: localizedText });

/** A quiz question, of the type that suits what it tests. */
export const questionSchema = z.discriminatedUnion('type', [
  /** One right option. */
  z.strictObject({ ...questionBase, type: z.literal('single'), options: z.array(choice).min(3).max(5), answer: idSchema }),
  /** Every right option, and no wrong one. */
  z.strictObject({
    ...questionBase,
    type: z.literal('multiple'),
    options: z.array(choice).min(3).max(6),
    answers: z.array(idSchema).min(2),
  }),
  /** Items to put in order; the content lists them in the right order. */
  z.strictObject({ ...questionBase, type: z.literal('ordering'), items: z.array(choice).min(3).max(7) }),
  /** Items to sort into categories. */
  z.strictObject({
    ...questionBase,
    type: z.literal('sorting'),
    categories: z.array(z.strictObject({ id: idSchema, label: localizedText })).min(2).max(4),
    items: z.array(z.strictObject({ id: idSchema, text: localizedText, category: idSchema })).min(3).max(8),
  }),
  /** Pairs to match, left to right; the content lists each pair together. */
  z.strictObject({
    ...questionBase,
    type: z.literal('matching'),
    pairs: z.array(z.strictObject({ id: idSchema, left: localizedText, right: localizedText })).min(3).max(6),
  }),
]);

/** content/quizzes/{lesson}.json: the quiz at the end of a lesson. */
export const quizFileSchema = z.strictObject({
  lesson: idSchema,
  questions: z.array(questionSchema).min(5).max(8),
});

/** How a choice serves one form of justice: it harms (-1), leaves it alone (0) or serves it (1). */
const justiceScore = z.union([z.literal(-1), z.literal(0), z.literal(1)]);

const scenarioChoiceSchema = z.strictObject({
  id: idSchema,
  /** What the staff member says or does. */
  text: localizedText,
  /** Why this choice helps or hurts, for the debrief. */
  feedback: localizedText,
  /** The node or ending it leads to. */
  next: idSchema,
  justice: z.strictObject({ outcome: justiceScore, procedural: justiceScore, interactional: justiceScore }),
  /** Recovery components this choice puts to work. */
  components: z.array(z.enum(recoveryComponents)).default([]),
});

/**
 * content/scenarios/{id}.json: a branching role-play of a service failure for frontline
 * staff. Fictional practice; each node is one moment of the conversation with two to four
 * choices, each leading to its own next node or ending.
 */
export const scenarioSchema = z.strictObject({
  order: z.number().int().positive(),
  title: localizedText,
  summary: localizedText,
  /** Sets the scene; the page labels every scenario as invented practice. */
  setting: localizedText,
  /** The lessons it practises and the cases it echoes: it links back to them. */
  lessons: z.array(idSchema).min(1),
  cases: z.array(idSchema).default([]),
  /** The components a good path puts to work; the debrief names those it missed. */
  expects: z.array(z.enum(recoveryComponents)).min(1),
  start: idSchema,
  nodes: z
    .array(
      z.strictObject({
        id: idSchema,
        /** What the customer says or does at this moment. */
        customer: localizedText,
        choices: z.array(scenarioChoiceSchema).min(2).max(4),
      }),
    )
    .min(3),
  endings: z
    .array(z.strictObject({ id: idSchema, text: localizedText, tone: z.enum(['good', 'mixed', 'poor']) }))
    .min(2),
});

export type Source = z.infer<typeof sourceSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Term = z.infer<typeof termSchema> & { id: string };
export type LessonData = z.infer<typeof lessonSchema>;
export type CaseData = z.infer<typeof caseSchema>;
export type Card = z.infer<typeof cardSchema>;
export type CardFile = z.infer<typeof cardFileSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuizFile = z.infer<typeof quizFileSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

