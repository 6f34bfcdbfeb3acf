import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { checkBeforeBuild } from '../../src/lib/content/check-before-build';
import { badContent, brokenCopy, removeCopies } from '../fixtures/bad-content';

afterEach(removeCopies);

describe.each(badContent)('the build with bad content ($name)', (badCase) => {
  test('stops before building and leaves no site behind', () => {
    const content = brokenCopy(badCase);
    const outDir = path.join(path.dirname(content), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'an old build');
    const previous = process.env.GUIDANCE_CONTENT_DIR;
    process.env.GUIDANCE_CONTENT_DIR = content;
    try {
      const setup = contentCheck().hooks['astro:config:setup']!;
      const run = () =>
        setup({
          config: { outDir: pathToFileURL(`${outDir}/`) },
          command: 'build',
          logger: { warn: () => undefined } as unknown as AstroIntegrationLogger,
          updateConfig: () => undefined,
        } as never);
      expect(run).toThrow(badCase.expect);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.GUIDANCE_CONTENT_DIR;
      else process.env.GUIDANCE_CONTENT_DIR = previous;
    }
  });
});

describe('review dates at build time', () => {
  /** The real content, with the next review on a given date. */
  const dueOn = (date: string) =>
    brokenCopy({ name: `review due ${date}`, file: 'practice.yaml', find: /^nextReviewDue: .*$/m, replace: `nextReviewDue: ${date}`, expect: '' });
  const lastReviewed = '2020-01-01';
  const withReview = (date: string) => {
    const dir = dueOn(date);
    const file = path.join(dir, 'practice.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lastReviewed: .*$/m, `lastReviewed: ${lastReviewed}`));
    return { GUIDANCE_CONTENT_DIR: dir };
  };

  test('a current review says nothing about it', () => {
    const { warnings } = checkBeforeBuild(withReview('2028-01-01'), '2026-11-23');
    expect(warnings.filter((warning) => /review/i.test(warning))).toEqual([]);
  });
  test('a review due within 30 days warns, naming the facts file', () => {
    const { warnings } = checkBeforeBuild(withReview('2026-12-10'), '2026-11-23');
    expect(warnings).toContainEqual(expect.stringMatching(/practice\.yaml: Next review due: 10 December 2026 \(in 17 days\)\. Plan the review now\./));
  });
  test('an overdue review warns, and stops the build when a pipeline asks', () => {
    const env = withReview('2026-11-01');
    expect(checkBeforeBuild(env, '2026-11-23').warnings).toContainEqual(
      expect.stringContaining('The review is overdue: it was due on 1 November 2026, 22 days ago.'),
    );
    expect(() => checkBeforeBuild({ ...env, REVIEW_STRICT: '1' }, '2026-11-23')).toThrow(/overdue.*REVIEW_STRICT=1 stops the build/s);
  });
});
