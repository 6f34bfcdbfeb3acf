import type { KnipConfig } from 'knip';

// Dead code stays gone: `npm run check` runs knip after the type check. Knip's Astro, Playwright
// and Vitest plugins find the pages, the content config and the tests; package.json's scripts
// name the rest. Each entry and ignore below says why knip cannot see the use.
const config: KnipConfig = {
  entry: [
    // html-validate reads it by name (tests/e2e/valid-html.spec.ts uses FileSystemConfigLoader).
    '.htmlvalidate.mjs',
    // Run by hand to look at a page as a patient would (README, "For developers").
    'scripts/screenshot.mjs',
    // The practice's pages and rules: src/content.config.ts loads them with Astro's glob loader.
    'content/**/*.mdx',
    'examples/*/**/*.mdx',
  ],
  project: ['*.{ts,mjs}', 'src/**/*.{ts,astro,css}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'content/**/*.mdx', 'examples/*/**/*.mdx'],
  ignoreDependencies: [
    // `astro check` (run by scripts/check-content.ts) loads it; nothing imports it.
    '@astrojs/check',
    // tests/e2e/valid-html.spec.ts loads it with createRequire, which knip does not follow.
    'vnu-jar',
    // The browser editor: src/integrations/editor.ts copies Decap CMS's built files into dist/admin/
    // and scripts/editor.ts starts decap-server, both found with require.resolve, which knip does not follow.
    'decap-cms',
    'decap-server',
  ],
  // scripts/nginx-site.mjs makes the test nginx's certificate with the system's openssl.
  ignoreBinaries: ['openssl'],
};

export default config;
