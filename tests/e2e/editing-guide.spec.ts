/**
 * EDITING.md, done as written, in a copy of the project whose path has spaces and an apostrophe:
 * change the phone number, edit a rule, add a rule, mark a review, check, preview and print the
 * poster. The commands are the ones the guide shows, read from its sections; the edits follow its
 * steps' words (the files, fields and examples they name). Then each task's promised outcome is
 * checked where patients meet it: the pages, the call links, search, the sitemap and the posters.
 * A guide that drifts from the code fails here.
 *
 * One copy, one `npm run check`, one `npm start` and one `npm run poster` for all the tasks: the
 * commands are the same in every section, and each build costs a minute or more in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testPorts } from '../../scripts/test-ports.mjs';
import { loadChangelog } from '../../src/lib/content/changelog';
import { loadPractice, telHref } from '../../src/lib/content/practice-facts';
import { todayIso } from '../../src/lib/content/review-dates';
import { formatDate } from '../../src/lib/site/dates';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { codeBlocks, codeSpans, command, section, spanMatching, step, stepStarting } from '../editing-guide';
import { pdfQrCode, pdfText } from '../pdf';
import { anotherPhone } from '../practice-facts';
import { ProjectCopy, type RunningCommand } from '../project-copy';
import { clauses, practice } from '../site-content';

const NEW_PHONE = anotherPhone(practice);
const TODAY = todayIso();
const NEXT_REVIEW = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4).replace('02-29', '02-28')}`;
/** The address a practice publishes at, for the poster's QR code, when its facts file has none yet. */
const PUBLISHED_AT = 'https://guidance.example.nhs.uk/';

/** The rule "Edit a rule" changes: the first. */
const edited = clauses[0]!;
const EDITED_TITLE = 'Our new short title for this rule';

/** The rule "Add a rule" adds, in our words (the guide's example names only its file and slug). */
const added = {
  number: clauses.length + 1,
  title: 'No live streaming inside the surgery',
  summary: 'Please do not film or stream live video inside the surgery.',
  keywords: '[live stream, streaming, broadcast, video]',
  words: 'Patients must not live stream video from inside the surgery, to protect the privacy of other patients and staff.',
};

/** The example summary a step gives for content/changelog.yaml: `summary: …`. */
function exampleSummary(text: string): string {
  return spanMatching(text, /^summary: /).slice('summary: '.length);
}

const guide = {
  phone: section('Change the phone number'),
  editRule: section('Edit a rule'),
  addRule: section('Add a rule'),
  review: section('Mark a review'),
  preview: section('Preview the site'),
  poster: section('Print the poster'),
  printedEasyRead: section('The printed Easy Read leaflet and large-print guidance'),
};

test.describe('EDITING.md, task by task, in a copy of the project', () => {
  test.describe.configure({ mode: 'serial' });
  let copy: ProjectCopy;
  let preview: RunningCommand | undefined;
  let site: string;
  const timings: string[] = [];
  /** The new rule's slug: the guide's example in "Add a rule", step 2. */
  const addedSlug = spanMatching(step(guide.addRule, 2), /^[a-z]+(-[a-z]+)+$/);

  /** Runs a command the guide shows, as typed in the copy's folder, and times it. */
  async function run(typed: string): Promise<string> {
    const started = Date.now();
    const { code, output } = await copy.run(typed, 540_000);
    timings.push(`${typed}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(code, `"${typed}" failed. It printed:\n${output}`).toBe(0);
    return output;
  }

  const changeSummaries: string[] = [];

  /** Adds an entry to content/changelog.yaml as "Mark a review" step 4 shows one, dated today. */
  function addChange(summary: string): void {
    changeSummaries.push(summary);
    const [example] = codeBlocks(step(guide.review, 4)).filter(({ language }) => language === 'yaml');
    const entry = example!.code
      .replace(/^(\s*- date: ).*$/m, `$1${TODAY}`)
      .replace(/^(\s*summary: ).*$/m, `$1${summary}`)
      .trimEnd();
    const file = 'content/changelog.yaml';
    copy.write(file, copy.read(file).replace(/^changes:\n/m, `changes:\n${entry}\n`));
  }

  test.beforeAll(() => {
    copy = ProjectCopy.make();
  });

  test.afterAll(async () => {
    await preview?.stop();
    copy?.remove();
    if (timings.length > 0) console.log(`EDITING.md's commands in a copy of the project:\n${timings.map((line) => `  ${line}`).join('\n')}`);
  });

  test('the edits each task describes, then its check, npm run check, passes and warns about what the new rule lacks', async () => {
    test.setTimeout(600_000);

    // Change the phone number: the file in step 1, the line in step 2, the number written as step 3 shows.
    const facts = spanMatching(step(guide.phone, 1), /\.yaml$/);
    const phoneKey = spanMatching(step(guide.phone, 2), /:$/);
    copy.replaceLine(facts, phoneKey, `${phoneKey} ${NEW_PHONE}`);
    addChange(exampleSummary(step(guide.phone, 4)));

    // Edit a rule: open its file in the folder step 1 names, change its `title` (step 2).
    const rulesFolder = spanMatching(step(guide.editRule, 1), /\/$/);
    const ruleFile = `${rulesFolder}${path.basename(edited.file)}`;
    expect(codeSpans(step(guide.editRule, 2))).toContain('title');
    copy.replaceLine(ruleFile, 'title:', `title: ${EDITED_TITLE}`);
    addChange(exampleSummary(step(guide.editRule, 4)).replace(/\d+/, String(edited.number)));

    // Add a rule: copy the last rule's file, named as step 1's example, with the fields step 2 lists.
    const exampleName = spanMatching(step(guide.addRule, 1), /^\d+-[a-z-]+\.mdx$/);
    const addedFile = `${rulesFolder}${String(added.number).padStart(2, '0')}${exampleName.replace(/^\d+/, '')}`;
    expect(clauses.map((clause) => clause.slug)).not.toContain(addedSlug);
    copy.write(addedFile, copy.read(rulesFolder, path.basename(clauses.at(-1)!.file)));
    const fields = { number: String(added.number), slug: addedSlug, title: added.title, summary: added.summary, keywords: added.keywords };
    const listed = codeSpans(step(guide.addRule, 2)).filter((code) => code in fields);
    expect(listed, 'the fields "Add a rule" step 2 says to change').toEqual(expect.arrayContaining(Object.keys(fields)));
    for (const field of listed) {
      copy.replaceLine(addedFile, `${field}:`, `${field}: ${fields[field as keyof typeof fields]}`);
    }
    // Step 3: the surgery's words below the second `---`, and the same words in the original guidance.
    const [, frontMatter] = copy.read(addedFile).split(/^---$/m);
    copy.write(addedFile, `---${frontMatter}---\n\n${added.words}\n`);
    const original = spanMatching(step(guide.addRule, 3), /\.txt$/);
    const lines = copy.read(original).split('\n');
    const last = lines.findLastIndex((line) => /^\s*\d+\. /.test(line));
    expect(last, `${original} has no numbered lines to add the new rule's words to`).toBeGreaterThanOrEqual(0);
    lines.splice(last + 1, 0, `${/^\s*\d+\. /.exec(lines[last]!)![0]}${added.words}`);
    copy.write(original, lines.join('\n'));
    addChange(exampleSummary(step(guide.addRule, 4)).replace(/\d+/, String(added.number)));

    // Mark a review: the two dates step 3 shows, in the file step 2 names, then step 4's changelog entry.
    const reviewFacts = spanMatching(step(guide.review, 2), /\.yaml$/);
    const [dates] = codeBlocks(step(guide.review, 3)).filter(({ language }) => language === 'yaml');
    const [lastKey, nextKey] = dates!.code.trim().split('\n').map((line) => line.split(':')[0]!);
    copy.replaceLine(reviewFacts, `${lastKey}:`, `${lastKey}: ${TODAY}`);
    copy.replaceLine(reviewFacts, `${nextKey}:`, `${nextKey}: ${NEXT_REVIEW}`);
    const [reviewExample] = codeBlocks(step(guide.review, 4)).filter(({ language }) => language === 'yaml');
    addChange(/summary: (.*)$/m.exec(reviewExample!.code)![1]!);

    // Each task ends "Check it: `npm run check`": the same command, so it runs once for them all.
    const checks = new Set([guide.phone, guide.editRule, guide.addRule, guide.review].map((task) => command(stepStarting(task, 'Check it'))));
    expect([...checks]).toHaveLength(1);
    const output = await run([...checks][0]!);
    expect(output).toContain('The content check passed.');
    // "Add replies for a new rule": "`npm run check` warns, naming the file to add", as the messages table says.
    expect(output).toMatch(new RegExp(`rule ${added.number} \\(.*\\) has no replies yet`));
  });

  test('Preview the site: npm start shows every change, on every page, in search and in the sitemap', async ({ page }) => {
    test.setTimeout(600_000);
    const started = Date.now();
    preview = copy.start(`${command(step(guide.preview, 1))} -- --port ${testPorts().guidePreview}`);
    // Step 2: "Open the address it prints".
    site = (await preview.waitFor(/Local\s+(http:\/\/\S+\/)/, 540_000))[1]!;
    timings.push(`${command(step(guide.preview, 1))} (build and serve): ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const open = (address: string) => page.goto(new URL(address.slice(1), site).href);

    // The phone number: on the contact page, and the surgery's only number on every page and in every call link.
    const html = readdirSync(copy.path('dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(html.length).toBeGreaterThan(clauses.length);
    for (const file of html) {
      const text = readFileSync(copy.path('dist', file), 'utf8');
      expect(text, `dist/${file} still shows the old number`).not.toContain(practice.phone);
      // The surgery's call links (NHS 111 and 999 have their own).
      for (const [, href] of text.matchAll(/href="(tel:\+44[^"]*)"/g)) expect(href, `dist/${file}`).toBe(telHref(NEW_PHONE));
    }
    await open(routes.contact);
    await expect(page.getByRole('main').getByText(NEW_PHONE).first()).toBeVisible();
    await expect(page.getByRole('main').locator(`a[href="${telHref(NEW_PHONE)}"]`).first()).toBeVisible();

    // The review: "Every page shows 'Page last reviewed' and 'Next review due'".
    for (const address of [routes.contact, routes.clause(edited.slug)]) {
      await open(address);
      await expect(page.getByText(formatDate(TODAY)).first()).toBeVisible();
      await expect(page.getByText(formatDate(NEXT_REVIEW)).first()).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText(EDITED_TITLE);

    // The new rule: its own page, with the surgery's words; in the full guidance, with its number; found by search; in the sitemap.
    await open(routes.clause(addedSlug));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(added.title);
    await expect(page.getByRole('main')).toContainText(added.words);
    await open(routes.guidance);
    await expect(page.getByRole('main').getByRole('heading', { name: new RegExp(`${added.number}\\D.*${added.title}`) })).toBeVisible();
    await open(routes.search);
    await page.getByRole('main').getByRole('searchbox', { name: t.search.label }).fill('live streaming');
    await expect(page.getByRole('region', { name: t.search.resultsLabel }).getByRole('link', { name: new RegExp(added.title) }).first()).toBeVisible({ timeout: 15_000 });
    const sitemap = await (await page.request.get(new URL('sitemap.xml', site).href)).text();
    expect(sitemap).toContain(routes.clause(addedSlug));

    // What changed: each task's changelog entry.
    await open(routes.whatChanged);
    for (const summary of changeSummaries) await expect(page.getByRole('main')).toContainText(summary);

    // Step 4: Ctrl+C stops it (the poster's build needs the folder to itself).
    await preview.stop();
    preview = undefined;
  });

  test('Print the poster: with siteUrl set, npm run poster prints every sheet the guide lists, with the new number', async () => {
    test.setTimeout(600_000);
    // Step 1: make sure `siteUrl` in the facts file is the published address.
    const facts = spanMatching(step(guide.poster, 1), /\.yaml$/);
    const siteKey = spanMatching(step(guide.poster, 1), /^[a-zA-Z]+$/);
    const siteUrl = practice.siteUrl ?? PUBLISHED_AT;
    if (!practice.siteUrl) {
      const commented = copy.read(facts).split('\n').some((line) => line.startsWith(`# ${siteKey}:`));
      if (commented) copy.replaceLine(facts, `# ${siteKey}:`, `${siteKey}: ${siteUrl}`);
      else copy.write(facts, `${copy.read(facts).trimEnd()}\n${siteKey}: ${siteUrl}\n`);
    }
    await run(command(step(guide.poster, 2)));

    // Step 3: the folder and the files it names, and the Easy Read leaflet and large print.
    const folder = spanMatching(step(guide.poster, 3), /\/$/);
    const sheets = [...codeSpans(step(guide.poster, 3)), ...codeSpans(guide.printedEasyRead.text)].filter((code) => code.endsWith('.pdf'));
    expect(sheets.length).toBeGreaterThanOrEqual(5);
    for (const sheet of sheets) expect(existsSync(copy.path(folder, sheet)), `${folder}${sheet}`).toBe(true);
    const poster = copy.path(folder, sheets.find((sheet) => /poster-A4/.test(sheet))!);
    expect((await pdfText(poster)).text).toContain(NEW_PHONE);
    expect(await pdfQrCode(poster)).toMatch(new RegExp(`^${siteUrl.replace(/[.?]/g, '\\$&')}`));
  });
});

test.describe('EDITING.md, "Start the site for another surgery", in a copy of the project', () => {
  const start = section('Start the site for another surgery');
  let copy: ProjectCopy;
  test.beforeAll(() => {
    copy = ProjectCopy.make();
  });
  test.afterAll(() => copy?.remove());

  test('the example command writes the surgery’s facts and a new changelog, and --help lists every option it uses', async () => {
    test.setTimeout(120_000);
    const [example] = codeBlocks(step(start, 1)).filter(({ language }) => language === 'sh');
    const typed = example!.code.trim();
    const options = Object.fromEntries([...typed.matchAll(/--([a-z-]+) ("[^"]*"|\S+)/g)].map(([, name, value]) => [name!, value!.replace(/^"|"$/g, '')]));
    expect(Object.keys(options).length).toBeGreaterThanOrEqual(5);

    const written = await copy.run(typed, 100_000);
    expect(written.code, written.output).toBe(0);
    // Step 2: "It writes your facts into `content/practice.yaml`, starts `content/changelog.yaml` with one entry".
    const facts = loadPractice(copy.path(path.dirname(spanMatching(step(start, 2), /practice\.yaml$/))));
    expect({ name: facts.name, phone: facts.phone, email: facts.email, website: facts.website }).toEqual({
      name: options.name,
      phone: options.phone,
      email: options.email,
      website: options.website,
    });
    expect(loadChangelog(copy.path('content'))).toHaveLength(1);

    const help = await copy.run(spanMatching(step(start, 1), /--help$/), 60_000);
    for (const option of Object.keys(options)) expect(help.output).toContain(`--${option}`);
  });
});
