import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

export interface ProseFile {
  file: string;
  text: string;
}

/**
 * The reader-facing text of one locale: its lessons and cases (frontmatter values, body and
 * the text props of diagrams, without imports, tags or link targets), the locale's fields of
 * the data files, and its UI strings.
 */
export function proseOf(locale: Locale): ProseFile[] {
  const files: ProseFile[] = [];
  for (const collection of ['lessons', 'cases']) {
    const dir = join('content', collection, locale);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) files.push({ file: join(dir, name), text: mdxProse(readFileSync(join(dir, name), 'utf8')) });
  }
  for (const file of dataFiles()) {
    const values: string[] = [];
    JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), (key, value) => {
      if (key === locale && typeof value === 'string') values.push(value);
      return value;
    });
    if (values.length) files.push({ file, text: values.join('\n') });
  }
  const ui = JSON.parse(readFileSync(`src/translations/${locale}.json`, 'utf8')) as Record<string, string>;
  files.push({ file: `src/translations/${locale}.json`, text: Object.values(ui).map((v) => v.replace(/\{\{[^}]*\}\}/g, ' ')).join('\n') });
  return files;
}

function dataFiles(): string[] {
  return readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('content', f));
}

export function mdxProse(source: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source);
  const frontText = (front?.[1] ?? '')
    .split('\n')
    .filter((line) => /^(title|summary):|^\s+- /.test(line) && !/^\s+- [a-z0-9-]+$/.test(line))
    .map((line) => line.replace(/^(title|summary):\s*|^\s+- /, ''))
    .join('\n');
  const body = source
    .slice(front ? front[0].length : 0)
    .replace(/^import .*$/gm, '')
    // Diagram props: keep their quoted text, drop the tag and prop names.
    .replace(/<[A-Z][\s\S]*?\/>/g, (tag) => [...tag.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('\n'))
    // Wrappers such as <Decision> and </FrontLine>: their content stays, their names go.
    .replace(/<\/?[A-Z][A-Za-z]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ');
  return `${frontText}\n${body}`;
}
