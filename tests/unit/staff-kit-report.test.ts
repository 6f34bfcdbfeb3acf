import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentReport } from '../../src/lib/content/content-report';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { t } from '../../src/strings/en';
import { brokenCopy, removeCopies } from '../fixtures/bad-content';
import { lineContaining, RULE_REPLIES } from '../fixtures/bad-staff-kit';

afterEach(removeCopies);

const report = (dir: string) => contentReport({ dir, today: '2026-12-01', strictReview: false, strings: t });

describe('npm run check: the staff kit', () => {
  test('reports how easy the replies, Page texts and steps are to read, and passes on the shipped content', () => {
    for (const folder of ['content', 'examples/riverside']) {
      const { lines, failures, warnings } = report(path.resolve(folder));
      expect(failures).toEqual([]);
      expect(warnings.filter((warning) => warning.includes('staff'))).toEqual([]);
      const minimum = loadPractice(path.resolve(folder)).readingEaseMinimum;
      expect(lines.join('\n')).toContain(`each reply, Facebook Page text and step must score ${minimum} or more.`);
      expect(lines.join('\n')).toMatch(/\d+ replies, 3 Page texts and \d+ steps scored, average \d+(\.\d)?; lowest (\d+(\.\d)?) \(.+, line \d+\)\./);
      const lowest = Number(/lowest (\d+(?:\.\d)?)/.exec(lines.join('\n'))![1]);
      expect(lowest).toBeGreaterThanOrEqual(minimum);
    }
  });

  test('a reply that is hard to read fails, naming the file, the line and the score', () => {
    const hard = 'Notwithstanding organisational considerations, identification of practitioners constitutes unacceptable behaviour. Consult "{rule}": {link}';
    const dir = brokenCopy({ name: 'hard reply', file: RULE_REPLIES, find: /^(\s+text: ).*$/m, replace: `$1'${hard}'`, expect: '' });
    const { failures } = report(dir);
    const line = lineContaining(readFileSync(path.join(dir, RULE_REPLIES), 'utf8'), 'Notwithstanding');
    const minimum = loadPractice(dir).readingEaseMinimum;
    expect(failures).toEqual([expect.stringMatching(new RegExp(`replies/.+\\.yaml, line ${line}: this scores -?\\d+(\\.\\d)?, under ${minimum}\\. Use shorter words and shorter sentences: "Notwithstanding`))]);
  });

  test('a rule with no replies is a warning, and the check still passes', () => {
    const dir = brokenCopy({ name: 'replies removed', file: RULE_REPLIES, find: /^rule: (.*)$/m, replace: 'rule: $1-gone', expect: '' });
    const { failures, warnings } = report(dir);
    expect(failures).toEqual([]);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/staff\/replies: rule \d+ \(.+\) has no replies yet\./)]));
  });
});
