// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { guidanceContent } from './src/integrations/guidance-content.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityPolicy } from './src/security/integration.ts';

export default defineConfig({
  base: process.env.GUIDANCE_BASE ?? '/',
  // Another content folder's build (tests, the bench) can keep its content cache apart.
  ...(process.env.GUIDANCE_CACHE_DIR ? { cacheDir: process.env.GUIDANCE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // The security policy (a hash-based CSP, no 'unsafe-inline', and each host's header file) is
  // in src/security/: its integration comes after the site's address is set and the index is built.
  // No GFM: its autolinks would turn the practice's "(www.nhs.uk)" into a second, http link.
  integrations: [guidanceContent(), mdx({ gfm: false }), searchIndex(), securityPolicy()],
  // Nothing here is code: Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  build: {
    // One small stylesheet, inlined: a page arrives in one round trip on a weak signal.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
