import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The build a host runs (npm run build, not npm test) stops on a harmful link in a rule. */
test('astro build with a javascript: link in a rule stops, names the file and the link, and builds nothing', { timeout: 60_000 }, async () => {
  const badCase = badContent.find(({ name }) => name === 'javascript: link in a rule')!;
  const content = brokenCopy(badCase);
  const outDir = path.join(path.dirname(content), 'dist');
  const output = await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, GUIDANCE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    () => 'the build did not stop',
    (error: { stdout: string; stderr: string }) => withoutColour(error.stdout + error.stderr),
  );
  expect(output).toContain(`content-copy/${badCase.file}: ${badCase.expect}`);
  expect(existsSync(outDir)).toBe(false);
});

describe('npm run build, as a practice manager runs it', () => {
  test('bad content: the message alone, with no stack trace and no "unhandled error", and a non-zero exit', { timeout: 120_000 }, async () => {
    const content = brokenCopy(badContent.find(({ name }) => name === 'curly quotes around a summary with a colon in it')!);
    const result = await run('npx', ['tsx', 'scripts/site.ts', 'build', '--content', content, '--outDir', path.join(path.dirname(content), 'dist')], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ failed: true, output: withoutColour(error.stdout + error.stderr) }),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/content-copy\/clauses\/[^,]+\.mdx, line \d+: the field "summary" is inside curly quotes/);
    expect(result.output).not.toMatch(/unhandled error|\n\s+at /i);
  });

  test('a clean build prints no warning naming the practice’s own files', { timeout: 300_000 }, async () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'clean-build-')), 'dist');
    try {
      const { stdout, stderr } = await run('npx', ['tsx', 'scripts/site.ts', 'build', '--outDir', outDir], {
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GUIDANCE_CACHE_DIR: path.join(path.dirname(outDir), 'cache') },
      });
      const warnings = withoutColour(stdout + stderr).split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
      expect(warnings.filter((line) => /\.mdx|MODULE_LEVEL_DIRECTIVE/.test(line))).toEqual([]);
    } finally {
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    }
  });
});
