// npm run new-practice: turns the content folder into a clean start for another surgery. It asks
// for the surgery's facts (or takes them as options), writes them into the facts file, starts the
// changelog with one "first published" entry, dates the accessibility statement today, keeps the
// rules as a starting point whose facts all come from the facts file, and writes the file of the
// practice's own words for the fidelity test. Works the same in PowerShell and a Unix shell:
//   npm run new-practice
//   npm run new-practice -- --name "Hillside Family Practice" --area Leeds --website https://www.hillside.nhs.uk/
//     --email hillside.practice@nhs.net --phone "0113 496 0000" [--site-url …] [--complaints-url …]
//     [--online-form-url …] [--online-form-supplier eConsult] [--guidance-url …] [--facebook-page yes|no]
//     [--content folder] [--yes]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { CHANGELOG_FILE } from '../src/lib/content/changelog';
import { displayPath } from '../src/lib/content/content-dir';
import { ContentError, describeIssues } from '../src/lib/content/friendly-errors';
import { ORIGINAL_WORDS_FILE, originalWords } from '../src/lib/content/original-words';
import { loadPractice, PRACTICE_FILE } from '../src/lib/content/practice-facts';
import { todayIso } from '../src/lib/content/review-dates';
import { validateContent } from '../src/lib/content/validate-content';
import { practiceSchema, type Practice } from '../src/schemas/practice';

/** Each fact the command asks for: its option, its field in the facts file, and the question. */
export const QUESTIONS = [
  { option: 'name', field: 'name', ask: 'What is the surgery called?', required: true },
  { option: 'area', field: 'area', ask: 'Where is it (a town or city)?', required: true },
  { option: 'website', field: 'website', ask: 'What is the surgery website’s address?', required: true },
  { option: 'email', field: 'email', ask: 'What email address should patients use?', required: true },
  { option: 'phone', field: 'phone', ask: 'What phone number should patients call?', required: true },
  { option: 'online-form-supplier', field: 'onlineFormSupplier', ask: 'Who runs your online form (such as Accurx or eConsult)? Leave blank if you have none.' },
  { option: 'online-form-url', field: 'onlineFormUrl', ask: 'What is the online form’s own address? Leave blank to send patients to your website.' },
  { option: 'complaints-url', field: 'complaintsUrl', ask: 'What is the address of your complaints page? Leave blank if you have none.' },
  { option: 'guidance-url', field: 'guidanceOnWebsiteUrl', ask: 'Is this guidance on your website already? Its address, or leave blank.' },
  { option: 'site-url', field: 'siteUrl', ask: 'What address will this guidance site have? Leave blank until you know it.' },
  { option: 'facebook-page', field: 'hasFacebookPage', ask: 'Does the surgery have a Facebook page for patients (yes or no)?' },
] as const satisfies readonly { option: string; field: keyof Practice; ask: string; required?: boolean }[];

type Answers = Partial<Record<(typeof QUESTIONS)[number]['field'], string>>;

/** A fact someone typed, as the facts file keeps it; a message if it will not do. */
function factFrom(field: keyof Practice, answer: string): { value?: unknown; problem?: string } {
  const value = field === 'hasFacebookPage' ? /^(y|yes|true)$/i.test(answer) : answer;
  const schema = practiceSchema.shape[field as keyof typeof practiceSchema.shape];
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: field === 'hasFacebookPage' ? value : answer };
  return { problem: describeIssues('', result.error).map((message) => message.replace(/^: the file/, `"${field}"`)).join(' ') };
}

/**
 * Rewrites the content folder `dir` for another surgery, from its current content as a
 * template. `answers` are the new facts, as typed. Returns the files written.
 */
export function newPractice(dir: string, answers: Answers, today = todayIso()): string[] {
  const old = loadPractice(dir);
  const factsFile = path.join(dir, PRACTICE_FILE);
  const facts = parse(readFileSync(factsFile, 'utf8')) as Record<string, unknown>;

  // The old surgery's own facts go; the NHS-wide addresses and settings stay.
  for (const field of ['name', 'area', 'sites', 'website', 'guidanceOnWebsiteUrl', 'complaintsUrl', 'email', 'phone', 'onlineFormUrl', 'onlineFormSupplier', 'facebookUrl', 'hasFacebookPage', 'odsCode', 'embedOrigin', 'siteUrl'] as const) {
    delete facts[field];
  }
  for (const { field } of QUESTIONS) {
    const answer = answers[field]?.trim();
    if (answer) facts[field] = factFrom(field, answer).value;
  }
  const oldHosts = ownHosts(old);
  const addresses = QUESTIONS.map(({ field }) => facts[field]).filter((value): value is string => typeof value === 'string' && value.startsWith('https://'));
  facts.linkHosts = [...new Set([...addresses.map((address) => new URL(address).host).filter((host) => host !== (facts.siteUrl ? new URL(facts.siteUrl as string).host : '')), ...old.linkHosts.filter((host) => !oldHosts.has(host))])];
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  facts.lastReviewed = today;
  facts.nextReviewDue = next.toISOString().slice(0, 10);
  const practice = practiceSchema.parse(facts);

  const written: string[] = [];
  const write = (file: string, text: string) => {
    writeFileSync(file, text);
    written.push(file);
  };
  write(factsFile, schemaLine(factsFile) + factsYaml(facts));
  write(
    path.join(dir, CHANGELOG_FILE),
    `${schemaLine(path.join(dir, CHANGELOG_FILE))}${CHANGELOG_HEADER}changes:\n  - date: ${today}\n    summary: First published our social media guidance as its own website.\n`,
  );

  for (const folder of ['clauses', 'pages']) {
    for (const name of readdirSync(path.join(dir, folder)).filter((file) => file.endsWith('.mdx'))) {
      const file = path.join(dir, folder, name);
      const before = readFileSync(file, 'utf8');
      let after = withoutOldFacts(before, old, practice);
      // The accessibility statement is prepared today, for this surgery.
      if (name === 'accessibility.mdx') after = after.replace(/(prepared on <FormattedDate date=")\d{4}-\d{2}-\d{2}(")/, `$1${today}$2`);
      if (after !== before) write(file, after);
    }
  }
  write(path.join(dir, ORIGINAL_WORDS_FILE), originalWords(dir, practice));
  validateContent(dir);
  return written;
}

/** The old surgery's own web hosts: its website, complaints page and the like. */
function ownHosts(practice: Practice): Set<string> {
  const own = [practice.website, practice.guidanceOnWebsiteUrl, practice.complaintsUrl, practice.onlineFormUrl, practice.facebookUrl, practice.siteUrl, practice.embedOrigin];
  return new Set(own.flatMap((address) => (address ? [new URL(address).host] : [])));
}

/**
 * A rule or page with the old surgery's facts taken out: in the words below the front matter a
 * fact becomes the component that reads the facts file; in the front matter (title, summary,
 * keywords), the new surgery's fact, or nothing when it has none.
 */
function withoutOldFacts(text: string, old: Practice, practice: Practice): string {
  const match = /^(---\r?\n[\s\S]*?\r?\n---\r?\n?)([\s\S]*)$/.exec(text);
  if (!match) return text;
  let [, frontmatter, body] = match as unknown as [string, string, string];
  const swaps: [string | undefined, string | undefined, string][] = [
    [old.name, practice.name, '<PracticeName />'],
    [old.onlineFormSupplier, practice.onlineFormSupplier, '<OnlineFormSupplier />'],
    [old.email, practice.email, '<Email />'],
    [old.phone, practice.phone, '<Phone />'],
  ];
  for (const [from, to, component] of swaps) {
    if (!from) continue;
    const pattern = new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'), 'gi');
    body = body.replace(pattern, component);
    frontmatter = to ? frontmatter.replace(pattern, to) : frontmatter.replace(new RegExp(`,\\s*${pattern.source}(?=[,\\]])|${pattern.source},\\s*`, 'gi'), '');
  }
  return frontmatter + body;
}

/** A YAML file's "# yaml-language-server: $schema=…" first line, kept so editors still explain its fields. */
function schemaLine(file: string): string {
  return /^# yaml-language-server: .*\n/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
}

const FACTS_HEADER = `# Facts about the surgery. Every page reads them from here: change a fact once, in this file.
# Each field is explained in src/schemas/practice.ts. Leave out a fact you do not know.
# Write the phone number with spaces, as patients read it. Web addresses start with https://.
# Other websites the site may link to are listed in linkHosts: a link to any other site stops the build.
# Set siteUrl to the address this site is published at before you publish or print posters.

`;

const CHANGELOG_HEADER = `# What changed in the guidance and this website, and when. The "What changed" page shows the
# newest first. Add an entry when you change a rule or mark a review: the date (YYYY-MM-DD) and
# what changed, in plain English. Every field is explained in src/schemas/changelog.ts.
`;

/** The facts as YAML, in the order the schema documents them. */
function factsYaml(facts: Record<string, unknown>): string {
  const order = Object.keys(practiceSchema.shape);
  const sorted = Object.fromEntries(Object.entries(facts).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  return FACTS_HEADER + stringify(sorted, { lineWidth: 0 });
}

async function main(): Promise<number> {
  const options = Object.fromEntries([
    ...QUESTIONS.map(({ option }) => [option, { type: 'string' }]),
    ['content', { type: 'string' }],
    ['yes', { type: 'boolean' }],
    ['help', { type: 'boolean' }],
  ]) as Record<string, { type: 'string' | 'boolean' }>;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options, allowPositionals: false, strict: true }));
  } catch (error) {
    // A mistyped option: say so plainly, not with a stack trace.
    console.error(`\n${(error as Error).message.split('\n')[0]}\nRun npm run new-practice -- --help to see the options.\n`);
    return 1;
  }
  if (values.help) {
    console.log('Usage: npm run new-practice -- [options]\n\nEach fact it asks for can be given as an option instead:');
    for (const { option, ask } of QUESTIONS) console.log(`  --${option.padEnd(22)} ${ask}`);
    console.log('  --content <folder>       the content folder to rewrite (content)\n  --yes                    ask nothing: take only the options');
    return 0;
  }
  const dir = path.resolve(String(values.content ?? 'content'));
  const interactive = !values.yes && process.stdin.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const answers: Answers = {};
  const problems: string[] = [];
  try {
    if (prompt) console.log(`This turns ${displayPath(dir)}${path.sep} into a clean start for your surgery. Press Enter to leave a fact out.\n`);
    for (const { option, field, ask, ...question } of QUESTIONS) {
      let answer = values[option] === undefined ? undefined : String(values[option]);
      for (;;) {
        if (answer === undefined && prompt) answer = (await prompt.question(`${ask}\n> `)).trim();
        answer = answer?.trim() ?? '';
        const required = 'required' in question && question.required;
        const problem = answer === '' ? (required ? `"${field}" is needed: ${ask}` : undefined) : factFrom(field, answer).problem;
        if (!problem) break;
        if (!prompt) {
          problems.push(`--${option}: ${problem}`);
          break;
        }
        console.log(`  ${problem}`);
        answer = undefined;
      }
      if (answer) answers[field] = answer;
    }
  } finally {
    prompt?.close();
  }
  if (problems.length > 0) {
    console.error(`\nNothing was changed. Fix these, then run the command again:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    return 1;
  }
  try {
    const written = newPractice(dir, answers);
    console.log(`\n${answers.name}'s content is ready in ${displayPath(dir)}${path.sep}. Files written:`);
    for (const file of written) console.log(`  ${displayPath(file)}`);
    console.log(
      [
        '',
        'Next:',
        `  1. Read each rule in ${displayPath(path.join(dir, 'clauses'))} and change its words to your surgery's own guidance.`,
        `  2. Put your guidance's own words in ${displayPath(path.join(dir, ORIGINAL_WORDS_FILE))} too: the tests check the site shows them.`,
        '  3. Look at the site: npm start',
        answers.siteUrl ? '  4. Print the posters: npm run poster' : '  4. When you know the site\'s address, set siteUrl in the facts file, then print the posters: npm run poster',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`\n${error.message}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
