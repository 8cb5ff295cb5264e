import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  caseSchema,
  cardFileSchema,
  lessonSchema,
  moduleSchema,
  quizFileSchema,
  scenarioSchema,
  sourceSchema,
  termSchema,
} from './lib/content/schemas.ts';

const mdx = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.mdx' });
const json = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.json' });

export const collections = {
  sources: defineCollection({ loader: file('./content/sources.json'), schema: sourceSchema }),
  modules: defineCollection({ loader: file('./content/modules.json'), schema: moduleSchema }),
  glossary: defineCollection({ loader: json('glossary'), schema: termSchema }),
  lessons: defineCollection({ loader: mdx('lessons'), schema: lessonSchema }),
  cases: defineCollection({ loader: mdx('cases'), schema: caseSchema }),
  cards: defineCollection({ loader: json('cards'), schema: cardFileSchema }),
  quizzes: defineCollection({ loader: json('quizzes'), schema: quizFileSchema }),
  scenarios: defineCollection({ loader: json('scenarios'), schema: scenarioSchema }),
};
