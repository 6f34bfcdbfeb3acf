import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../lib/friendly-errors';
import { loadPractice } from '../lib/practice-facts';
import { describeReview, reviewStatus, todayIso } from '../lib/review-dates';
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
          const practice = loadPractice();
          const { site, warning } = siteOrigin(practice, process.env);
          if (warning && command === 'build') logger.warn(warning);
          if (command === 'build') checkReview(practice.nextReviewDue, process.env, logger);
          updateConfig({ site });
        } catch (error) {
          if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}

/**
 * A review that is due soon or overdue is said at every build. An overdue one stops the build
 * when REVIEW_STRICT=1, so a pipeline can refuse to publish guidance past its review date.
 */
export function checkReview(nextReviewDue: string, env: NodeJS.ProcessEnv, logger: Pick<AstroIntegrationLogger, 'warn'>, today = todayIso()): void {
  const status = reviewStatus(nextReviewDue, today);
  if (status.state === 'current') return;
  const message = describeReview(status);
  if (status.state === 'overdue' && env.REVIEW_STRICT === '1') throw new ContentError([`${message} (REVIEW_STRICT=1 stops the build.)`]);
  logger.warn(message);
}
