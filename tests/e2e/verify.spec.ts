/**
 * `npm run verify` against a real nginx serving a build with siteUrl set to nginx's address:
 * it passes, and it fails, naming the check, when a header line is taken out of the nginx file.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { startNginx } from '../../scripts/nginx-site.mjs';
import { testPorts } from '../../scripts/test-ports.mjs';
import { CHECKS } from '../../scripts/verify';
import { contentDir } from '../../src/lib/content/content-dir';
import { PRACTICE_FILE } from '../../src/lib/content/practice-facts';

const run = promisify(execFile);
const { nginxHost: host, spare } = testPorts();
const [httpPort, httpsPort] = spare as [number, number];
const address = `https://${host}:${httpsPort}/`;
let work = '';
let dist = '';

// One build and one pair of ports, used by one test after the other.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Made here, not when the file loads: every test worker loads it.
  work = mkdtempSync(path.join(tmpdir(), 'guidance-verify-'));
  dist = path.join(work, 'dist');
  const content = path.join(work, 'content');
  cpSync(contentDir(), content, { recursive: true });
  const facts = path.join(content, PRACTICE_FILE);
  writeFileSync(facts, `${readFileSync(facts, 'utf8').replace(/^siteUrl:.*\n?/m, '')}\nsiteUrl: ${address}\n`);
  await run('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, GUIDANCE_CONTENT_DIR: content, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
});
test.afterAll(() => work && rmSync(work, { recursive: true, force: true }));

/** Serves the build with nginx while `verify` runs against it; its output and exit code. */
async function verifyWith(editSnippet?: (text: string) => string): Promise<{ code: number; output: string }> {
  const server = await startNginx({ dist, host, httpPort, httpsPort, editSnippet });
  try {
    const args = ['tsx', 'scripts/verify.ts', address, '--ca', server.certificate, '--http', `http://${host}:${httpPort}/`];
    return await run('npx', args, { timeout: 240_000 }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
    );
  } finally {
    await server.stop();
  }
}

test('passes against the site as DEPLOY.md publishes it, one line per check', async () => {
  test.setTimeout(300_000);
  const { code, output } = await verifyWith();
  console.log(output);
  expect(output.split('\n').filter((line) => line.startsWith('PASS ')).map((line) => line.slice(5, line.indexOf(':')))).toEqual([...CHECKS]);
  expect(output).toContain(`PASS poster: the QR code on ${address}poster/a4/ opens ${address}`);
  expect(code).toBe(0);
});

test('fails, naming the check and the header, when a header line is removed', async () => {
  test.setTimeout(300_000);
  let removed = 0;
  // The first is the pages' (the browser editor's folder has a line of its own, further down).
  const { code, output } = await verifyWith((text) =>
    text.replace(/^ *add_header Referrer-Policy .*\n/gm, (line) => {
      removed += 1;
      return removed === 1 ? '' : line;
    }),
  );
  console.log(output);
  expect(removed).toBeGreaterThanOrEqual(1);
  expect(output).toMatch(new RegExp(`^FAIL headers: Referrer-Policy is missing on ${address}`, 'm'));
  expect(output.split('\n').filter((line) => line.startsWith('FAIL '))).toHaveLength(1);
  expect(code).toBe(1);
});
