import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { badContent, brokenCopy, removeCopies } from '../fixtures/bad-content';

const run = promisify(execFile);
afterEach(removeCopies);

/** A few of the bad-content cases, built for real: one clause field, one fact, one cross-file check. */
const cases = badContent.filter(({ name }) => ['summary too long', 'website on http', 'duplicate clause number'].includes(name));

describe.each(cases)('astro build with bad content: $name', (badCase) => {
  test('stops, names the file and the field, and leaves no site behind', { timeout: 60_000 }, async () => {
    const content = brokenCopy(badCase);
    const outDir = path.join(path.dirname(content), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'an old build');

    const result = await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, GUIDANCE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ failed: true, output: withoutColour(error.stdout + error.stderr) }),
    );

    expect(result.failed).toBe(true);
    expect(result.output).toContain('Nothing was built.');
    expect(result.output).toMatch(new RegExp(`content-copy/${badCase.where ?? badCase.file}(, line \\d+)?: `));
    expect(result.output).toContain(badCase.expect);
    expect(existsSync(outDir)).toBe(false);
  });
});

function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
