// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { editor } from './src/integrations/editor.ts';
import { livePreview } from './src/integrations/live-preview.ts';
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
  // The browser editor at /admin/ comes after Pagefind (never indexed) and before the policy (its own CSP).
  integrations: [contentCheck(), livePreview(), mdx({ gfm: false }), searchIndex(), editor(), securityPolicy()],
  // Nothing here is code: Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  build: {
    // One small stylesheet, inlined: a page arrives in one round trip on a weak signal.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
    // MDX marks each content file "use astro:head-inject", which the bundler warns it may not keep;
    // Astro reads the marker before bundling, so nothing is lost (withastro/astro#18087). Only that
    // warning is dropped: it names the practice's own .mdx files, and a clean build should be quiet.
    build: { rolldownOptions: { onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"') ? undefined : handler(level, log)) } },
  },
});
