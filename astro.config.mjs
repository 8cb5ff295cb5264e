// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

const locales = ['en', 'ka', 'fa', 'bg'];

export default defineConfig({
  // Where the site will be hosted; hreflang alternates and the sitemap need absolute URLs.
  site: process.env.SITE_URL ?? 'https://loyalty-lab.example.org',
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales,
    defaultLocale: 'en',
    // "/" is our own language chooser, never a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({ i18n: { defaultLocale: 'en', locales: Object.fromEntries(locales.map((l) => [l, l])) } }),
  ],
  // External stylesheets: cached across pages, and measured on their own by the budgets.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
