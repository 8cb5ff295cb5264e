/**
 * npm run build: the static site, its search index and a check that no internal link is
 * broken. Fails with the file and the problem named.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { findBrokenLinks } from '../src/lib/build/linkCheck.ts';
import { isLocale } from '../src/lib/i18n/locales.ts';
import { normalizeSearchText } from '../src/lib/search/normalize.ts';

const dist = 'dist';
const started = performance.now();

const astro = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const files = new Map<string, string>();
for (const file of await readdir(dist, { recursive: true, withFileTypes: true })) {
  if (!file.isFile()) continue;
  const path = relative(dist, join(file.parentPath, file.name));
  files.set(path, path.endsWith('.html') ? await readFile(join(dist, path), 'utf8') : '');
}

await buildSearchIndex(files);

const broken = findBrokenLinks(files);
if (broken.length) {
  console.error('Broken internal links:');
  for (const b of broken) console.error(`  dist/${b.page} links to ${b.href}, which does not exist`);
  process.exit(1);
}

console.log(`Built ${[...files.keys()].filter((f) => f.endsWith('.html')).length} pages with search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

/**
 * One pagefind index per <html lang>. Pages go in with their text normalised the way queries
 * are (see normalize.ts), only between tags so that URLs and attributes stay as built.
 */
async function buildSearchIndex(files: Map<string, string>) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const [path, html] of files) {
    if (!path.endsWith('.html')) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    const content = isLocale(lang) ? html.replace(/>([^<]+)</g, (_, text: string) => `>${normalizeSearchText(text, lang)}<`) : html;
    const added = await index.addHTMLFile({ sourcePath: path, content });
    if (added.errors.length) throw new Error(`pagefind could not index dist/${path}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const file of await readdir(join(dist, 'pagefind'), { recursive: true })) files.set(join('pagefind', file), '');
}
