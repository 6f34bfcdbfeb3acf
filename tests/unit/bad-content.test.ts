import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content/friendly-errors';
import { validateContent } from '../../src/lib/content/validate-content';
import { badContent, brokenCopy, removeCopies } from '../fixtures/bad-content';

afterEach(removeCopies);

function problemsFor(dir: string): string[] {
  const cwd = process.cwd();
  process.chdir(path.dirname(dir));
  try {
    validateContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) {
      if (process.env.SHOW_MESSAGES) console.log(error.message);
      return error.problems;
    }
    throw error;
  } finally {
    process.chdir(cwd);
  }
}

test('the real content is valid', () => {
  expect(() => validateContent(path.resolve('content'))).not.toThrow();
});

describe.each(badContent)('bad content: $name', (badCase) => {
  test('fails with a message naming the file and the field', () => {
    const problems = problemsFor(brokenCopy(badCase));
    const named = `^${escape(`content-copy/${badCase.where ?? badCase.file}`)}(, line \\d+)?: .*${escape(badCase.expect)}`;
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(named))]));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
