import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { findJava } from '../../scripts/ensure-java.mjs';
import { builtHtmlFiles } from './site';

test('every built page is valid HTML (html-validate, settings in .htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = builtHtmlFiles();
  const errors: string[] = [];
  for (const name of files) {
    const report = await validator.validateFile(path.join('dist', name));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(files.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

/** One message of the Nu HTML Checker's JSON output (`--format json`). */
interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** The CSS declaration a message points at, e.g. `font-size:max(1rem,calc(7cqi * var(--s)))`. */
function declarationAt(message: NuMessage): string {
  if (!message.lastLine || !message.lastColumn) return '';
  const line = readFileSync(fileURLToPath(message.url), 'utf8').split('\n')[message.lastLine - 1] ?? '';
  const at = message.lastColumn - 1;
  const start = Math.max(line.lastIndexOf(';', at), line.lastIndexOf('{', at)) + 1;
  const ends = [line.indexOf(';', at), line.indexOf('}', at)].filter((index) => index >= 0);
  return line.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

/**
 * The checker's CSS parser predates some CSS that every current browser supports. Only these
 * messages are left out, each for its reason; every other error, HTML or CSS, fails the test.
 */
const KNOWN_FALSE_POSITIVES: { reason: string; matches: (message: NuMessage) => boolean }[] = [
  {
    reason: 'Tailwind 4 registers its variables with @property (CSS Properties and Values API, Baseline 2024).',
    matches: ({ message }) => message === 'CSS: Unrecognized at-rule “@property”',
  },
  {
    reason: 'margin-trim appears only in Tailwind’s @supports test for Safari, which is how @supports is meant to be used.',
    matches: ({ message }) => message === 'CSS: “margin-trim”: Property “margin-trim” doesn\'t exist.',
  },
  {
    reason: 'The poster sizes its type by the sheet: container queries (CSS Containment 3, Baseline 2023).',
    matches: ({ message }) => message === 'CSS: “container-type”: Property “container-type” doesn\'t exist.',
  },
  {
    reason: 'Container query units (cqi, as in calc(4cqi * var(--s))) make the checker unable to parse the declaration.',
    matches: (message) => message.message.startsWith('CSS: ') && /\d(?:\.\d+)?cq(?:i|b|w|h|min|max)\b/.test(declarationAt(message)),
  },
];

test('every built page is valid HTML by the W3C’s Nu HTML Checker (vnu.jar)', async () => {
  // One Java start checks every file: far faster than one per page.
  test.setTimeout(300_000);
  const java = findJava();
  expect(java, 'Java is needed for the Nu HTML Checker: npm run test:e2e installs it or says how (scripts/ensure-java.mjs).').toBeTruthy();
  // The package's main export is the path of its vnu.jar.
  const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
  const files = builtHtmlFiles().map((name) => path.join('dist', name));
  const run = spawnSync(java!, ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.error, 'the checker did not start').toBeUndefined();
  // The checker writes its JSON report to standard error.
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const errors = messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .filter((message) => !KNOWN_FALSE_POSITIVES.some(({ matches }) => matches(message)))
    .map(({ url, lastLine, firstColumn, message }) => `${path.relative('dist', fileURLToPath(url))}:${lastLine}:${firstColumn} ${message}`);
  expect(files.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});
