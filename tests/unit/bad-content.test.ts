import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/friendly-errors';
import { validateContent } from '../../src/lib/validate-content';
import { badContent, type BadContentCase } from '../fixtures/bad-content';

let workDir: string | undefined;
afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** A copy of the real content folder with one bad edit, named content-copy so messages are stable. */
function brokenCopy(badCase: BadContentCase): string {
  workDir = mkdtempSync(path.join(tmpdir(), 'guidance-'));
  const dir = path.join(workDir, 'content-copy');
  cpSync('content', dir, { recursive: true });
  const file = path.join(dir, badCase.file);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(badCase.find, badCase.replace);
  if (edited === text) throw new Error(`The case "${badCase.name}" no longer changes ${badCase.file}: update the fixture.`);
  writeFileSync(file, edited);
  return dir;
}

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
    const named = `content-copy/${badCase.where ?? badCase.file}: `;
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${escape(named)}.*${escape(badCase.expect)}`))]));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
