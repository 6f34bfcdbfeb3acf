// @ts-check
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { loadPractice } from './src/lib/practice-facts.ts';
import { validateContent } from './src/lib/validate-content.ts';
import { siteOrigin } from './src/lib/site-url.ts';

/**
 * Checks the content before anything is built, leaving no old site behind if it is wrong, and
 * takes the site's address from the practice facts.
 * @returns {import('astro').AstroIntegration}
 */
function guidanceContent() {
  return {
    name: 'guidance-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        try {
          validateContent();
          const { site, warning } = siteOrigin(loadPractice(), process.env);
          if (warning && command === 'build') logger.warn(warning);
          updateConfig({ site });
        } catch (error) {
          if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}

export default defineConfig({
  base: process.env.GUIDANCE_BASE ?? '/',
  trailingSlash: 'always',
  // No GFM: its autolinks would turn the practice's "(www.nhs.uk)" into a second, http link.
  integrations: [guidanceContent(), mdx({ gfm: false })],
  build: {
    // One small stylesheet, inlined: a page arrives in one round trip on a weak signal.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
