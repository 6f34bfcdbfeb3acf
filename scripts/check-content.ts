// Reports on the content for `npm run check`: the review dates, and how easy our own copy is to
// read. Fails when a summary is too hard to read, or when the review is overdue and
// --review-strict (for a CI pipeline). With --types (as `npm run check` runs it), it then runs
// `astro check` on the code: after the content, so a content mistake is told in plain words first.
// Run with: npm run check -- [--content folder] [--review-strict]
import { contentDir } from '../src/lib/content/content-dir';
import { contentReport } from '../src/lib/content/content-report';
import { ContentError } from '../src/lib/content/friendly-errors';
import { todayIso } from '../src/lib/content/review-dates';
import { t } from '../src/strings/en';
import { astro } from './site';
import { siteOptions } from './site-options';

const { env, rest } = siteOptions(process.argv.slice(2));
try {
  const report = contentReport({ dir: contentDir(env), today: todayIso(), strictReview: env.REVIEW_STRICT === '1', strings: t });
  console.log(report.lines.join('\n'));
  for (const warning of report.warnings) console.warn(`\nWarning: ${warning}`);
  for (const failure of report.failures) console.error(`\nFailed: ${failure}`);
  console.log(report.failures.length > 0 ? '\nThe content check failed.' : '\nThe content check passed.');
  process.exitCode = report.failures.length > 0 ? 1 : 0;
  if (process.exitCode === 0 && rest.includes('--types')) process.exitCode = astro(['check'], env);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
