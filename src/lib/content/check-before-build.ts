import path from 'node:path';
import { contentDir, displayPath } from './content-dir';
import { ContentError } from './friendly-errors';
import { loadPractice, PRACTICE_FILE } from './practice-facts';
import { describeReview, reviewStatus, todayIso } from './review-dates';
import { siteOrigin } from '../site/site-url';
import { validateContent } from './validate-content';

export interface BuildCheck {
  /** The address the site is built for: siteUrl, or the preview address while it is unset. */
  site: string;
  /** Things to say, which do not stop the build. */
  warnings: string[];
}

/**
 * Everything checked before a build: the content, the site's address (REQUIRE_SITE_URL=1 insists
 * on siteUrl) and the review date (REVIEW_STRICT=1 stops an overdue one). One function, so the
 * Astro integration and the command wrappers (npm run build, npm start, npm run poster) agree.
 * Throws a ContentError that says what to fix.
 */
export function checkBeforeBuild(env: NodeJS.ProcessEnv = process.env, today = todayIso()): BuildCheck {
  const dir = contentDir(env);
  validateContent(dir);
  const practice = loadPractice(dir);
  const factsFile = displayPath(path.join(dir, PRACTICE_FILE));
  const { site, warning } = siteOrigin(practice, env, factsFile);
  const warnings = warning ? [warning] : [];

  const review = reviewStatus(practice.nextReviewDue, today);
  if (review.state !== 'current') {
    const message = `${factsFile}: ${describeReview(review)}`;
    if (review.state === 'overdue' && env.REVIEW_STRICT === '1') throw new ContentError([`${message} (--review-strict or REVIEW_STRICT=1 stops the build.)`]);
    warnings.push(message);
  }
  return { site, warnings };
}
