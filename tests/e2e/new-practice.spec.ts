/**
 * A new practice from start to print: `npm run new-practice` on a copy of the content with
 * invented, long values, eleven rules with long titles, a build, and every printed sheet.
 * Nothing of the practice the content came from may be left in the site or in any PDF, and each
 * sheet must fit its pages with type no smaller than its stated minimum and a QR code that reads.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { printSheets, type PrintedFile } from '../../scripts/print-sheets';
import { serve } from '../../scripts/serve.mjs';
import { formatDate } from '../../src/lib/site/dates';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { pagesAllowed, PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { todayIso } from '../../src/lib/content/review-dates';
import { pdfQrCode, pdfText } from '../pdf';
import { practiceFacts } from '../practice-facts';
import { changes, CONTENT, practice as template } from '../site-content';
import { builtText, factsFound } from './built-text';

const run = promisify(execFile);

/** The longest realistic facts: a long name, a long domain, and the site on a long subdomain. */
const HILLSIDE = {
  name: 'The Hillside Family Practice and Community Health Partnership',
  area: 'Leeds (NHS West Yorkshire Integrated Care Board)',
  website: 'https://www.hillsidefamilypracticeandcommunityhealth.nhs.uk/',
  email: 'wyicb-leeds.hillsidefamilypractice@nhs.net',
  phone: '0113 496 0000',
  'online-form-supplier': 'eConsult',
  'complaints-url': 'https://www.hillsidefamilypracticeandcommunityhealth.nhs.uk/practice-policies/complaints-and-feedback',
  'site-url': 'https://socialmediaguidance.hillsidefamilypracticeandcommunityhealth.nhs.uk/',
};
const RULES = 11;
/** Rule titles of about 60 characters, the most a title may have. */
const LONG_TITLES = [
  'Remove names from screenshots of our messages before sharing',
  'Do not live stream from the waiting room or consulting rooms',
  'Ask before sharing photos of other patients’ children online',
  'Never share other people’s appointments or test results here',
  'Do not tag our staff in any post, photo or video you share',
  'Tell us about fake accounts that pretend to be our surgery',
  'Do not post our staff’s home addresses or car details online',
  'Keep group chats about our surgery kind, calm and respectful',
];

test.describe('npm run new-practice, with long values and eleven rules', () => {
  test.describe.configure({ mode: 'serial' });
  const work = mkdtempSync(path.join(tmpdir(), 'new-practice-'));
  const content = path.join(work, 'content');
  const site = path.join(work, 'dist');
  const sheetsDir = path.join(work, 'sheets');
  const env = { ...process.env, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  /** Every fact of the practice the content came from, and its changelog's words. */
  const OLD = [...practiceFacts(template), ...changes.map(({ summary }) => summary)];
  let server: Server | undefined;
  let printed: PrintedFile[] = [];

  test.afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(work, { recursive: true, force: true });
  });

  test('makes a valid content folder with the new facts, and builds', async () => {
    test.setTimeout(300_000);
    cpSync(CONTENT, content, { recursive: true });
    const options = Object.entries(HILLSIDE).flatMap(([option, value]) => [`--${option}`, value]);
    await run('npx', ['tsx', 'scripts/new-practice.ts', '--content', content, '--yes', ...options], { env });

    // The practice adds rules until it has eleven, as EDITING.md's "Add a rule" says.
    const existing = readdirSync(path.join(content, 'clauses')).filter((name) => name.endsWith('.mdx')).length;
    for (let number = existing + 1; number <= RULES; number++) {
      const title = LONG_TITLES[(number - existing - 1) % LONG_TITLES.length]!;
      writeFileSync(
        path.join(content, 'clauses', `${String(number).padStart(2, '0')}-added-rule-${number}.mdx`),
        `---\nnumber: ${number}\nslug: added-rule-${number}\ntitle: ${title}\nsummary: Please follow this rule when you post about our surgery online.\nsignposts: [contact-page]\n---\n\nPatients must follow this rule at all times.\n`,
      );
    }
    const practice = loadPractice(content);
    expect(practice.name).toBe(HILLSIDE.name);
    expect(practice.siteUrl).toBe(HILLSIDE['site-url']);
    expect(practice.lastReviewed).toBe(todayIso());
    // Editors still explain each field: the rewritten facts file and changelog keep their schema line.
    for (const file of ['practice.yaml', 'changelog.yaml']) {
      const schemaLine = (dir: string) => readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
      expect(schemaLine(content)).toMatch(/^# yaml-language-server: \$schema=/);
      expect(schemaLine(content)).toBe(schemaLine(CONTENT));
    }

    await run('npx', ['tsx', 'scripts/site.ts', 'build', '--content', content, '--outDir', site], { env });
    server = await serve({ dir: site, port: 0 });
  });

  test('prints every sheet on its pages, the posters with type at or above their minimum', async () => {
    test.setTimeout(300_000);
    const baseURL = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
    printed = await printSheets(baseURL, sheetsDir, { draft: false });
    expect(printed.map(({ sheet }) => sheet.file)).toEqual(PRINTED_SHEETS.map(({ file }) => file));
    for (const { sheet, file } of printed) {
      const { pages, runs, text } = await pdfText(file);
      expect(pages, sheet.file).toBeLessThanOrEqual(pagesAllowed(sheet));
      if (sheet.minTextPt !== undefined) {
        const smallest = Math.min(...runs.map(({ pt }) => pt));
        expect(smallest, `${sheet.file}: smallest text ${smallest.toFixed(1)} pt`).toBeGreaterThanOrEqual(sheet.minTextPt - 0.05);
      }
      if (sheet.path.startsWith('/poster/')) {
        expect(text.replace(/\s+/g, ' ')).toContain(HILLSIDE.phone);
        expect(await pdfQrCode(file), sheet.file).toBe(HILLSIDE['site-url']);
      }
    }
  });

  test('leaves nothing of the old practice in the site or in any PDF', async () => {
    const texts = builtText(site);
    expect(texts.size).toBeGreaterThan(20);
    expect(factsFound(texts, OLD, site)).toEqual([]);
    expect(texts.get(path.join(site, 'index.html'))).toContain(HILLSIDE.name);
    expect(texts.get(path.join(site, 'accessibility', 'index.html'))).toContain(`prepared on <time datetime="${todayIso()}">${formatDate(todayIso())}</time>`);
    for (const { file } of printed) {
      const { text } = await pdfText(file);
      const found = OLD.filter((fact) => text.includes(fact));
      expect(found, path.basename(file)).toEqual([]);
    }
  });
});
