import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/site/dates';
import { brokenCopy, removeCopies, rule } from '../fixtures/bad-content';
import { clauses, CONTENT, practice } from '../site-content';

const run = promisify(execFile);
afterEach(removeCopies);

/** Runs `npm run check:content` (the content half of `npm run check`) on a content folder. */
async function checkContent(dir: string, env: Record<string, string> = {}) {
  return run('npx', ['tsx', 'scripts/check-content.ts'], { env: { ...process.env, GUIDANCE_CONTENT_DIR: dir, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

/** The real content, but with a review that was due on 1 January 2026. */
const overdue = {
  name: 'overdue review',
  file: 'practice.yaml',
  find: /^lastReviewed: .*\nnextReviewDue: .*$/m,
  replace: 'lastReviewed: 2025-01-01\nnextReviewDue: 2026-01-01',
  expect: '',
};

describe('npm run check: the content report', { timeout: 60_000 }, () => {
  test('passes on the real content, with the review dates and readability figures', async () => {
    const { code, output } = await checkContent(CONTENT);
    expect(code).toBe(0);
    expect(output).toContain(`Page last reviewed: ${formatDate(practice.lastReviewed)}`);
    expect(output).toContain(`${formatDate(practice.nextReviewDue)}`);
    expect(output).toContain(`Each summary must score ${practice.readingEaseMinimum} or more`);
    for (const { number } of clauses) expect(output).toMatch(new RegExp(`^ +${number} +-?\\d+\\.\\d`, 'm'));
    expect(output).toContain('The content check passed.');
  });

  test('an overdue review warns, but passes, unless REVIEW_STRICT=1', async () => {
    const dir = brokenCopy(overdue);
    const relaxed = await checkContent(dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.output).toMatch(/Warning: .*practice\.yaml: the review was due on 1 January 2026 and is overdue/);

    const strict = await checkContent(dir, { REVIEW_STRICT: '1' });
    expect(strict.code).toBe(1);
    expect(strict.output).toMatch(/Failed: .*practice\.yaml: the review was due on 1 January 2026 and is overdue/);
    expect(strict.output).toContain('The content check failed.');
  });

  test('a summary that is hard to read fails, naming the file, the field and the score', async () => {
    const dir = brokenCopy({
      name: 'hard summary',
      file: rule(1),
      find: /^summary: .*$/m,
      replace: 'summary: Patients must not publish commentary identifying individual employees on social media platforms.',
      expect: '',
    });
    const { code, output } = await checkContent(dir);
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`Failed: .*${rule(1)}: the field "summary" scores -?\\d+(\\.\\d)?, under ${practice.readingEaseMinimum}\\.`));
  });

  test('the surgery’s own words are reported, never failed, however hard they are', async () => {
    const dir = brokenCopy({
      name: 'hard clause text',
      file: rule(1),
      find: /\n---\n[\s\S]*$/,
      replace: '\n---\n\nNotwithstanding organisational considerations, identification of practitioners constitutes unacceptable behaviour.\n',
      expect: '',
    });
    const { code, output } = await checkContent(dir);
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`^ +${clauses[0]!.number} .* -?\\d+\\.\\d$`, 'm'));
  });

  test('invalid content stops the check with the build’s own message', async () => {
    const dir = brokenCopy({ name: 'bad date', file: 'changelog.yaml', find: /date: \d{4}-\d{2}-\d{2}/, replace: 'date: soon', expect: '' });
    const { code, output } = await checkContent(dir);
    expect(code).toBe(1);
    expect(output).toContain('Nothing was built.');
    expect(output).toMatch(/changelog\.yaml, line \d+: the field "changes" \(item 1\)\.date must be a date written as YYYY-MM-DD/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
