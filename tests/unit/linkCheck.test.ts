import { describe, expect, it } from 'vitest';
import { findBrokenLinks, internalLinks } from '../../src/lib/build/linkCheck.ts';

describe('internalLinks', () => {
  it('finds site links and leaves external ones alone', () => {
    const html = '<a href="/en/x/">x</a><a href="https://example.org/">e</a><a href="//cdn/x">c</a><img src="/favicon.svg">';
    expect(internalLinks(html)).toEqual(['/en/x/', '/favicon.svg']);
  });

  it('finds the paths handed to islands, which become links only in the browser', () => {
    const html = '<astro-island props="{&quot;cards&quot;:[1,[[0,{&quot;href&quot;:[0,&quot;/fa/lessons/x/#بخش&quot;],&quot;front&quot;:[0,&quot;a / b&quot;]}]]]}"></astro-island>';
    expect(internalLinks(html)).toEqual(['/fa/lessons/x/#بخش']);
  });
});

describe('findBrokenLinks', () => {
  const files = new Map([
    ['en/index.html', '<a href="/en/glossary/#crm">crm</a> <a href="/en/lessons/gone/">gone</a> <a href="/en/glossary/#nope">nope</a>'],
    ['en/glossary/index.html', '<dt id="crm">CRM</dt>'],
    ['favicon.svg', ''],
  ]);

  it('reports a link to a page that was not built, and a fragment the page lacks', () => {
    expect(findBrokenLinks(files)).toEqual([
      { page: 'en/index.html', href: '/en/lessons/gone/' },
      { page: 'en/index.html', href: '/en/glossary/#nope' },
    ]);
  });
});
