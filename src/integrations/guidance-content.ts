import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadPractice } from '../lib/practice-facts';
import { cspHash, siteHostStyle } from '../lib/security';
import { siteOrigin } from '../lib/site-url';
import { validateContent } from '../lib/validate-content';

/**
 * Checks the content before anything is built, leaving no old site behind if it is wrong, and
 * takes the site's address from the practice facts.
 */
export function guidanceContent(): AstroIntegration {
  return {
    name: 'guidance-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        try {
          validateContent();
          const { site, warning } = siteOrigin(loadPractice(), process.env);
          if (warning && command === 'build') logger.warn(warning);
          // The layout's one inline style names the site, so its CSP hash is known only now.
          updateConfig({ site, security: { csp: { algorithm: 'SHA-256', styleDirective: { hashes: [cspHash(siteHostStyle(site))] } } } });
        } catch (error) {
          if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
