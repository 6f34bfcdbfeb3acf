import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, test } from 'vitest';
import { brokenCopy, removeCopies } from '../fixtures/bad-content';
import { badStaffKit, lineContaining } from '../fixtures/bad-staff-kit';

const run = promisify(execFile);
afterEach(removeCopies);

test('a reply over 60 words stops `astro build`, naming the file and the line, and leaves no site behind', { timeout: 120_000 }, async () => {
  const badCase = badStaffKit.find(({ name }) => name === 'reply of 60 words or more')!;
  const content = brokenCopy(badCase);
  const outDir = path.join(path.dirname(content), 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'index.html'), 'an old build');

  const output = await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, GUIDANCE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    () => 'the build passed',
    (error: { stdout: string; stderr: string }) => (error.stdout + error.stderr).replace(/\x1b\[[0-9;]*m/g, ''),
  );

  const line = lineContaining(readFileSync(path.join(content, badCase.file), 'utf8'), badCase.line!);
  expect(output).toContain('Nothing was built.');
  expect(output).toMatch(new RegExp(`content-copy/${badCase.file.replace(/[.]/g, '\\.')}, line ${line}: the public reply has \\d+ words\\. Replies must be under 60 words`));
  expect(existsSync(outDir)).toBe(false);
});
