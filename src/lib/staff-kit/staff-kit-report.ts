import path from 'node:path';
import type { Practice } from '../../schemas/practice';
import { displayPath } from '../content/content-dir';
import { averageScore, below, readingEase, type Scored } from '../content/readability';
import { checkStaffKitContent, type RuleRef, type StaffKit } from './staff-kit';

/** The parts of `npm run check`'s report, added to in place. */
export interface ReportParts {
  lines: string[];
  warnings: string[];
  failures: string[];
}

/**
 * Adds the staff kit to `npm run check`'s report: how easy each reply, Facebook Page text and
 * step is to read (each must score the practice's minimum, as summaries must), and the rules
 * that have no replies yet. Addresses, the email address and the phone number are left out of
 * the score: they are not words, and the wording is what the practice can change.
 */
export function addStaffKitReport(report: ReportParts, dir: string, practice: Practice, rules: readonly RuleRef[]): void {
  const { kit, warnings } = checkStaffKitContent(dir, practice, rules);
  report.warnings.push(...warnings);
  if (!kit) return;
  const minimum = practice.readingEaseMinimum;
  const scored = staffKitScores(kit, [practice.email, practice.phone]);
  const low = below(scored, minimum);
  report.lines.push('', `Staff kit (${displayPath(path.join(dir, 'staff'))}): each reply, Facebook Page text and step must score ${minimum} or more.`);
  const counts = `${count(kit.groups.flatMap(({ replies }) => replies).length, 'reply', 'replies')}, 3 Page texts and ${count(kit.steps.length, 'step', 'steps')}`;
  const lowest = [...scored].sort((a, b) => a.score - b.score)[0];
  report.lines.push(`  ${counts} scored, average ${averageScore(scored)}; lowest ${lowest?.score.toFixed(1)} (${lowest?.label}).`);
  for (const { label, score, text } of low) {
    report.failures.push(`${label}: this scores ${score}, under ${minimum}. Use shorter words and shorter sentences: "${text}"`);
  }
}

/** Every text of the kit with its reading ease, labelled with its file and line. */
function staffKitScores(kit: StaffKit, contacts: readonly string[]): Scored[] {
  const withoutAddresses = (text: string, ...addresses: string[]) =>
    [...addresses, ...contacts].reduce((rest, address) => rest.replaceAll(address, ''), text).trim();
  const replies = kit.groups.flatMap(({ link, replies }) => replies.map(({ text, source }) => ({ label: source, text: withoutAddresses(text, link) })));
  const page = Object.values(kit.page).map(({ text, source }) => ({ label: source, text: withoutAddresses(text, kit.site.url, kit.site.short) }));
  const steps = kit.steps.map(({ text, source }) => ({ label: source, text: withoutAddresses(text) }));
  return [...replies, ...page, ...steps].map((copy) => ({ ...copy, score: readingEase(copy.text) }));
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
