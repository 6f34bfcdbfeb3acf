import path from 'node:path';
import { clauseSchema } from '../../schemas/clause';
import { pageSchema } from '../../schemas/page';
import { displayPath } from './content-dir';
import { formatDate } from '../site/dates';
import { parseContent } from './friendly-errors';
import { PRACTICE_FILE, loadPractice } from './practice-facts';
import { averageScore, below, interfaceCopy, plainText, readingEase, scoreAll, type Scored } from './readability';
import { describeReview, reviewStatus, REVIEW_WARNING_DAYS } from './review-dates';
import { addStaffKitReport } from '../staff-kit/staff-kit-report';
import { readMdxFolder, validateContent } from './validate-content';
import { appendEasyReadReport } from '../easy-read/easy-read-checks';

export interface ContentReport {
  /** What to print, line by line. */
  lines: string[];
  /** Things to act on soon: printed, but the check passes. */
  warnings: string[];
  /** Things that fail the check. */
  failures: string[];
}

export interface ReportOptions {
  /** The content folder. */
  dir: string;
  /** Today, YYYY-MM-DD: a parameter, so tests can fix it. */
  today: string;
  /** Fail, not only warn, when the review is overdue (REVIEW_STRICT=1). */
  strictReview: boolean;
  /** The interface text (src/strings/en.ts's `t`). */
  strings: unknown;
}

/**
 * The figures `npm run check` reports about the content: the review dates, and how easy our
 * own copy is to read. Summaries under the minimum reading ease fail; everything else is
 * reported, and the surgery's own words are never failed. Throws a ContentError for invalid
 * content, as the build does.
 */
export function contentReport({ dir, today, strictReview, strings }: ReportOptions): ContentReport {
  validateContent(dir);
  const practice = loadPractice(dir);
  const factsFile = displayPath(path.join(dir, PRACTICE_FILE));
  const lines: string[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];

  const review = reviewStatus(practice.nextReviewDue, today);
  lines.push(`Review dates (${factsFile}), today ${formatDate(today)}`);
  lines.push(`  Page last reviewed: ${formatDate(practice.lastReviewed)}`);
  lines.push(`  ${describeReview(review)}`);
  if (review.state === 'due-soon') warnings.push(`${factsFile}: the next review is due within ${REVIEW_WARNING_DAYS} days, on ${formatDate(review.nextReviewDue)}.`);
  if (review.state === 'overdue') {
    const message = `${factsFile}: the review was due on ${formatDate(review.nextReviewDue)} and is overdue. Review the guidance, then set lastReviewed and nextReviewDue.`;
    (strictReview ? failures : warnings).push(message);
  }

  const minimum = practice.readingEaseMinimum;
  const problems: string[] = [];
  const clauses = readMdxFolder(path.join(dir, 'clauses'), problems)
    .map(({ file, data, body }) => ({ file, clause: parseContent(clauseSchema, data, file), body }))
    .sort((a, b) => a.clause.number - b.clause.number);
  const pages = readMdxFolder(path.join(dir, 'pages'), problems).map(({ file, data }) => ({ file, page: parseContent(pageSchema, data, file) }));

  lines.push('', 'Readability: Flesch reading ease, from 0 (very hard) to 100 (very easy). 60 or more is plain English.');
  lines.push(`  Each summary must score ${minimum} or more ("readingEaseMinimum" in ${factsFile}).`);
  lines.push('  Titles are reported only: a few words are too few to score fairly.');
  lines.push("  The surgery's own words are reported only: we never change them.", '');
  lines.push('  rule  summary  title  surgery’s words');
  for (const { clause, body } of clauses) {
    const cells = [clause.summary, clause.title, plainText(body)].map((text) => readingEase(text).toFixed(1).padStart(7));
    lines.push(`  ${String(clause.number).padStart(4)}  ${cells[0]}  ${cells[1]!.trimStart().padStart(5)}  ${cells[2]}`);
  }
  for (const { file, clause } of clauses) {
    const score = readingEase(clause.summary);
    if (score < minimum) {
      failures.push(`${file}: the field "summary" scores ${score}, under ${minimum}. Use shorter words and a shorter sentence: "${clause.summary}"`);
    }
  }

  const descriptions = scoreAll(pages.map(({ file, page }) => ({ label: file, text: page.description })));
  const copy = scoreAll(interfaceCopy(strings));
  lines.push('');
  lines.push(summaryLine('Page descriptions', descriptions, minimum));
  lines.push(summaryLine('Interface text (src/strings/en.ts, texts of 5 words or more)', copy, minimum));
  addStaffKitReport({ lines, warnings, failures }, dir, practice, clauses.map(({ clause }) => clause));
  appendEasyReadReport(dir, lines, warnings);
  return { lines, warnings, failures };
}

function summaryLine(name: string, scored: readonly Scored[], minimum: number): string {
  const low = below(scored, minimum);
  const head = `  ${name}: ${scored.length} scored, average ${averageScore(scored)}.`;
  if (low.length === 0) return `${head} All score ${minimum} or more.`;
  return [`${head} Under ${minimum}, reported only:`, ...low.map(({ label, score, text }) => `    ${score.toFixed(1).padStart(5)}  ${label}: ${text}`)].join('\n');
}
