import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBeforeBuild } from '../lib/content/check-before-build';

/**
 * Checks the content before anything is built, leaving no old site behind if it is wrong, and
 * takes the site's address from the practice facts. `npm run build` runs the same checks first
 * (scripts/site.ts), so a practice manager sees the message without Astro's wrapping.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        try {
          const { site, warnings } = checkBeforeBuild(process.env);
          if (command === 'build') for (const warning of warnings) logger.warn(warning);
          updateConfig({ site });
        } catch (error) {
          if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
