// @ts-check
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { loadPractice } from './src/lib/practice-facts.ts';
import { validateContent } from './src/lib/validate-content.ts';
import { siteOrigin } from './src/lib/site-url.ts';

/** Checks the content before anything is built, and leaves no half-built site behind. */
function checkContent() {
  return {
    name: 'guidance-content-check',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig, command: string, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:config:setup': ({ config, command, logger }) => {
        try {
          validateContent();
        } catch (error) {
          if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          throw error;
        }
        const { warning } = siteOrigin(loadPractice(), process.env);
        if (warning && command === 'build') logger.warn(warning);
      },
    },
  };
}

export default defineConfig({
  site: siteOrigin(loadPractice(), process.env).site,
  base: process.env.GUIDANCE_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [checkContent(), mdx()],
  build: {
    // One small stylesheet, inlined: a page arrives in one round trip on a weak signal.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
