import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parse, parseDocument, isScalar } from 'yaml';
import { clauseSchema, type Clause } from '../../schemas/clause';
import { EASY_READ_PAGES, easyReadSchema, easyReadSignpostsSchema, type EasyRead, type EasyReadSignposts } from '../../schemas/easy-read';
import type { Practice } from '../../schemas/practice';
import { contentDir, displayPath } from '../content/content-dir';
import { isPicture, PICTURE_CATALOGUE_URL, similarPictures } from './easy-read-pictures';
import { hardWordFor } from './easy-read-hard-words';
import { FACT_LINK_KEYS } from '../content/fact-links';
import { describeIssues, firstLine } from '../content/friendly-errors';
import { loadPractice } from '../content/practice-facts';
import { plainText, readingEase } from '../content/readability';
import { loadSignposts } from '../content/signposts';

/** The Easy Read conventions the checks hold every page to (Mencap and NHS England Easy Read guidance). */
export const EASY_READ_RULES = {
  /** Words in one sentence. */
  sentenceWords: 15,
  /** Sentences beside one picture: one idea, said in one or two short sentences. */
  sentencesPerIdea: 2,
  /** Flesch reading ease of each page, 0 (very hard) to 100 (very easy). */
  readingEase: 80,
} as const;

/** The Easy Read content folder, inside the content folder. */
export const EASY_READ_FOLDER = 'easy-read';
/** The Easy Read wording of the ways to contact the surgery, in the Easy Read folder. */
export const EASY_READ_SIGNPOSTS_FILE = 'signposts.yaml';
/** Addresses under /easy-read/ used by the Easy Read pages themselves, so no rule's slug may be one. */
const RESERVED_SLUGS = ['if-you-are-not-happy', 'leaflet'] as const;
/** The id of the accessibility statement's section on asking for another format, which every footer links to. */
export const ANOTHER_FORMAT_ID = 'another-format';

/** The components an Easy Read line may use: the practice facts, and <Idea> itself. */
const COMPONENTS = new Set(['Idea', 'Email', 'FactLink', 'FormattedDate', 'OnlineForm', 'Phone', 'PracticeName']);
const IDEA_ATTRIBUTES = new Set(['picture', 'alt', 'decorative']);

/** One Easy Read page's file, read and checked. */
interface EasyReadFile {
  /** The path shown in messages, such as content/easy-read/01-phones.mdx. */
  file: string;
  /** The file's name without .mdx: "introduction", or a rule's file name. */
  name: string;
  data: EasyRead;
  /** The words a reader sees, for the reading ease score. */
  texts: string[];
}

export interface EasyReadCheck {
  /** Mistakes that stop the build, each naming the file and, where there is one, the line. */
  problems: string[];
  /** Gaps that do not stop the build, such as a rule with no Easy Read page yet. */
  warnings: string[];
  /** Each Easy Read page's Flesch reading ease. */
  scores: { file: string; score: number }[];
}

/**
 * Checks the Easy Read pages against Easy Read conventions: one idea per line, a picture
 * beside each idea, sentences of 15 words or fewer, no hard word unless it is explained in
 * bold the first time, and a reading ease of 80 or more for each page. A failing line is
 * reported with its file and line, counted from the top of the file.
 *
 * A rule with no Easy Read page yet is a warning, not a failure: a surgery that adds a rule can
 * publish it at once, while the Easy Read page is written with care. The Easy Read pages then
 * say that rule is not in Easy Read yet and link to the full rule.
 */
export function checkEasyRead(dir: string = contentDir()): EasyReadCheck {
  const folder = path.join(dir, EASY_READ_FOLDER);
  const result: EasyReadCheck = { problems: [], warnings: [], scores: [] };
  if (!existsSync(folder)) {
    result.problems.push(`${displayPath(folder)}: this folder is missing. Every site has an Easy Read version: copy the folder from another content folder and edit it (see EDITING.md).`);
    return result;
  }
  const rules = readRules(dir);
  const facts = tryLoad(() => loadPractice(dir));
  const signpostIds = tryLoad(() => new Set(loadSignposts(dir).signposts.map(({ id }) => id)));
  const wording = readSignpostWording(path.join(folder, EASY_READ_SIGNPOSTS_FILE), signpostIds, result.problems);

  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => readEasyReadFile(path.join(folder, name), facts, result.problems) ?? []);

  for (const page of EASY_READ_PAGES) {
    const found = files.find((file) => file.name === page);
    if (!found) result.problems.push(`${displayPath(path.join(folder, `${page}.mdx`))}: this page is missing. Every Easy Read version needs it.`);
    else if (found.data.rule) result.problems.push(`${found.file}: the field "rule" must be left out of this page: it is not about one rule.`);
  }

  const bySlug = new Map<string, EasyReadFile>();
  for (const file of files.filter(({ name }) => !(EASY_READ_PAGES as readonly string[]).includes(name))) {
    const slug = file.data.rule;
    const rule = rules.find(({ clause }) => clause.slug === slug);
    if (!slug) {
      result.problems.push(`${file.file}: the field "rule" is missing. Say which rule this page explains, by its slug, such as "rule: phones".`);
    } else if (bySlug.has(slug)) {
      result.problems.push(`${file.file}: the field "rule" is "${slug}", but ${bySlug.get(slug)!.file} already explains that rule.`);
    } else if (!rule) {
      result.warnings.push(`${file.file}: the field "rule" is "${slug}", which is not one of the rules, so this page is not published. Correct the slug, or remove the file.`);
    } else {
      bySlug.set(slug, file);
      for (const id of rule.clause.signposts.filter((id) => wording && !wording.signposts[id])) {
        result.problems.push(`${wording!.file}: there are no Easy Read words for the signpost "${id}", which rule ${rule.clause.number} points to. Add "${id}:" with its picture, text and linkText.`);
      }
      file.texts.push(...rule.clause.signposts.flatMap((id) => (wording?.signposts[id] ? [wording.signposts[id].text, wording.signposts[id].linkText] : [])));
    }
  }

  for (const { file, clause } of rules) {
    if ((RESERVED_SLUGS as readonly string[]).includes(clause.slug)) {
      result.problems.push(`${file}: the field "slug" is "${clause.slug}", which the Easy Read pages use for an address of their own. Choose another slug.`);
    }
  }
  const missing = rules.filter(({ clause }) => !bySlug.has(clause.slug)).map(({ clause }) => `rule ${clause.number} (${clause.slug})`);
  if (missing.length > 0) {
    const listed = missing.length > 5 ? `${missing.slice(0, 5).join(', ')} and ${missing.length - 5} more` : missing.join(', ');
    result.warnings.push(
      `${displayPath(folder)}: ${listed} ${missing.length === 1 ? 'has' : 'have'} no Easy Read page yet. The Easy Read pages say so and link to the full rule. ` +
        `Add a file for each, with "rule:" and its slug (see EDITING.md).`,
    );
  }

  checkAccessibilityPage(path.join(dir, 'pages', 'accessibility.mdx'), result.problems);

  // Scored as published: a rule's page with its ways to contact us. A page that is not published is not scored.
  const published = files.filter((file) => (EASY_READ_PAGES as readonly string[]).includes(file.name) || [...bySlug.values()].includes(file));
  for (const { file, texts } of published) {
    const score = readingEase(texts.join(' '));
    result.scores.push({ file, score });
    if (score < EASY_READ_RULES.readingEase) {
      result.problems.push(`${file}: the page scores ${score} for reading ease, under ${EASY_READ_RULES.readingEase}. Use shorter words and shorter sentences.`);
    }
  }
  return result;
}

/**
 * The accessibility statement says how to ask for another format (every footer links to that
 * section) and credits the Easy Read pictures.
 */
function checkAccessibilityPage(fullPath: string, problems: string[]): void {
  if (!existsSync(fullPath)) return; // The main content check says the page is missing.
  const text = readFileSync(fullPath, 'utf8');
  const file = displayPath(fullPath);
  if (!text.includes(`id="${ANOTHER_FORMAT_ID}"`)) {
    problems.push(`${file}: the section on asking for another format is missing. Every footer links to it: add <h2 id="${ANOTHER_FORMAT_ID}">Ask for this in another format</h2> and say how to ask.`);
  }
  if (!/<PictureCredit\s*\/>/.test(text)) {
    problems.push(`${file}: the credit for the Easy Read pictures is missing. Add <PictureCredit /> on a line of its own.`);
  }
}

/** The part of `npm run check` about Easy Read: each page's reading ease, and what is not in Easy Read yet. */
export function appendEasyReadReport(dir: string, lines: string[], warnings: string[]): void {
  const { scores, warnings: gaps } = checkEasyRead(dir);
  lines.push('', `Easy Read: each page must score ${EASY_READ_RULES.readingEase} or more, with sentences of ${EASY_READ_RULES.sentenceWords} words or fewer.`);
  for (const { file, score } of scores) lines.push(`  ${score.toFixed(1).padStart(5)}  ${file}`);
  warnings.push(...gaps);
}

/** The rules that are valid: invalid ones are reported by the main content check. */
function readRules(dir: string): { file: string; clause: Clause }[] {
  const folder = path.join(dir, 'clauses');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, name), 'utf8').replace(/^\uFEFF/, ''));
      const parsed = clauseSchema.safeParse(tryLoad(() => parse(match?.[1] ?? '')));
      return parsed.success ? [{ file: displayPath(path.join(folder, name)), clause: parsed.data }] : [];
    })
    .sort((a, b) => a.clause.number - b.clause.number);
}

function readEasyReadFile(fullPath: string, facts: Practice | undefined, problems: string[]): EasyReadFile | undefined {
  const file = displayPath(fullPath);
  const lines = readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) {
    problems.push(`${file}: the file must start with front matter between two "---" lines.`);
    return undefined;
  }
  let frontMatter: unknown;
  try {
    frontMatter = parse(lines.slice(1, end).join('\n')) ?? {};
  } catch (error) {
    problems.push(`${file}: the front matter is not valid YAML. ${firstLine(error)}`);
    return undefined;
  }
  const parsed = easyReadSchema.safeParse(frontMatter, { reportInput: true });
  if (!parsed.success) {
    problems.push(...describeIssues(file, parsed.error));
    return undefined;
  }

  const explained = new Set<string>();
  const titleLine = lines.findIndex((line) => /^title\s*:/.test(line)) + 1;
  const texts = [parsed.data.title];
  checkText(`${file}: line ${titleLine}`, parsed.data.title, { explained, canExplain: false, facts }, problems);
  if (!isPicture(parsed.data.picture)) {
    const line = lines.findIndex((text) => /^picture\s*:/.test(text)) + 1;
    problems.push(`${file}: line ${line}: there is no picture called "${parsed.data.picture}". Choose a name from ${PICTURE_CATALOGUE_URL}.`);
  }
  let ideas = 0;
  lines.forEach((line, index) => {
    if (index <= end) return;
    const where = `${file}: line ${index + 1}`;
    const text = line.trim();
    if (text === '' || /^\{\/\*.*\*\/\}$/.test(text)) return;
    const heading = /^#{2,3}\s+(.+)$/.exec(text);
    if (heading) {
      texts.push(plainText(heading[1]!));
      checkText(where, heading[1]!, { explained, canExplain: false, facts }, problems);
      return;
    }
    const idea = /^<Idea\b([^>]*)>(.*)<\/Idea>$/.exec(text);
    if (text.startsWith('<Idea')) ideas += 1;
    if (!idea || text.indexOf('<Idea', 1) > 0) {
      problems.push(
        text.startsWith('<Idea')
          ? `${where}: put each idea on one line of its own, from <Idea …> to </Idea>.`
          : `${where}: this line has no picture. Put each idea on its own line, with a picture: <Idea picture="phone" alt="A phone">…</Idea>.`,
      );
      return;
    }
    const [, attributeText, words] = idea;
    checkPicture(where, attributes(attributeText!), { explained, facts }, problems);
    texts.push(plainText(words!));
    checkText(where, words!, { explained, canExplain: true, facts }, problems);
  });
  if (ideas === 0) problems.push(`${file}: there are no ideas on this page. Add one line for each idea: <Idea picture="…" alt="…">…</Idea>.`);
  return { file, name: path.basename(fullPath, '.mdx'), data: parsed.data, texts };
}

function attributes(text: string): Map<string, string | true> {
  return new Map([...text.matchAll(/([A-Za-z]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value ?? true]));
}

function checkPicture(where: string, given: Map<string, string | true>, context: Omit<TextContext, 'canExplain'>, problems: string[]): void {
  for (const name of given.keys()) {
    if (!IDEA_ATTRIBUTES.has(name)) problems.push(`${where}: "${name}" is not something an idea can have. Use picture, alt or decorative.`);
  }
  const picture = given.get('picture');
  if (typeof picture !== 'string' || picture === '') {
    problems.push(`${where}: the idea has no picture. Add picture="…" with a name from ${PICTURE_CATALOGUE_URL}`);
  } else if (!isPicture(picture)) {
    const similar = similarPictures(picture);
    problems.push(`${where}: there is no picture called "${picture}". Choose a name from ${PICTURE_CATALOGUE_URL}${similar.length ? `, such as ${similar.join(', ')}` : ''}.`);
  }
  const alt = given.get('alt');
  const decorative = given.get('decorative') === true;
  if (decorative && alt !== undefined) {
    problems.push(`${where}: the picture has alt text and is marked decorative. Keep one: alt="…" if the picture adds something, decorative if the words say everything.`);
  } else if (!decorative && (typeof alt !== 'string' || alt.trim() === '')) {
    problems.push(`${where}: the picture needs alt="…" saying what it shows, or "decorative" if the words beside it say everything.`);
  } else if (typeof alt === 'string') {
    if (alt.trim().split(/\s+/).length < 2 || /^(picture|image|icon|photo) of\b/i.test(alt.trim())) {
      problems.push(`${where}: the alt text "${alt}" should say what the picture shows in a few words, such as "A mobile phone", without "picture of".`);
    }
    checkText(where, alt, { ...context, canExplain: false }, problems);
  }
}

interface TextContext {
  /** Hard words already explained on this page. */
  explained: Set<string>;
  /** Whether this text may explain a hard word: an idea can, a heading cannot. */
  canExplain: boolean;
  facts: Practice | undefined;
}

function checkText(where: string, raw: string, { explained, canExplain, facts }: TextContext, problems: string[]): void {
  for (const [, tag] of raw.matchAll(/<([A-Z]\w*)/g)) {
    if (!COMPONENTS.has(tag!)) problems.push(`${where}: <${tag}> is not something Easy Read text can use. Use <Phone />, <Email />, <OnlineForm>, <PracticeName /> or <FactLink>.`);
  }
  for (const [, key] of raw.matchAll(/<FactLink\s+to="([^"]*)"/g)) {
    if (!(FACT_LINK_KEYS as readonly string[]).includes(key!)) problems.push(`${where}: <FactLink to="${key}"> names no web address in the practice facts. Use one of: ${FACT_LINK_KEYS.join(', ')}.`);
  }
  for (const { fact, value, component } of handWrittenFacts(facts)) {
    if (raw.includes(value)) problems.push(`${where}: the ${fact} is written in by hand. Write ${component} instead, so it comes from practice.yaml.`);
  }

  const plain = plainText(raw);
  const sentences = plain.split(/(?<=[.!?])\s+/).filter((sentence) => /[A-Za-z0-9]/.test(sentence));
  if (sentences.length > EASY_READ_RULES.sentencesPerIdea) {
    problems.push(`${where}: this line has ${sentences.length} sentences. Keep to one idea on each line, in one or two short sentences.`);
  }
  if (plain.includes(';')) problems.push(`${where}: a semicolon joins two ideas. Put each idea on its own line.`);
  for (const sentence of sentences) {
    const count = words(sentence).length;
    if (count > EASY_READ_RULES.sentenceWords) {
      problems.push(`${where}: this sentence has ${count} words, more than ${EASY_READ_RULES.sentenceWords}: "${sentence}" Split it, or say it in fewer words.`);
    }
  }

  const bold = new Set([...raw.matchAll(/\*\*([^*]+)\*\*/g)].flatMap(([, text]) => words(text!).map((word) => word.toLowerCase())));
  for (const word of words(plain)) {
    const hard = hardWordFor(word);
    if (!hard || explained.has(hard)) continue;
    explained.add(hard);
    if (canExplain && bold.has(word.toLowerCase()) && /\bmeans?\b/i.test(plain)) continue;
    problems.push(
      `${where}: "${word}" is a hard word. Use an easier word, or explain it the first time it is used, in bold: **${word}** means …`,
    );
  }
}

function words(text: string): string[] {
  return text.split(/[\s/–—-]+/).map((word) => word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9’']+$/g, '')).filter((word) => /[A-Za-z0-9]/.test(word));
}

/** The practice facts that Easy Read text must take from the facts file, with what to write instead. */
function handWrittenFacts(facts: Practice | undefined): { fact: string; value: string; component: string }[] {
  if (!facts) return [];
  return [
    { fact: 'phone number', value: facts.phone, component: '<Phone />' },
    { fact: 'phone number', value: facts.phone.replaceAll(' ', ''), component: '<Phone />' },
    { fact: 'email address', value: facts.email, component: '<Email />' },
    { fact: 'surgery name', value: facts.name, component: '<PracticeName />' },
  ];
}

/** The Easy Read wording of the signposts, with problems added for each mistake. */
function readSignpostWording(
  fullPath: string,
  knownIds: ReadonlySet<string> | undefined,
  problems: string[],
): { file: string; signposts: EasyReadSignposts } | undefined {
  const file = displayPath(fullPath);
  if (!existsSync(fullPath)) {
    problems.push(`${file}: the Easy Read words for the ways to contact us are missing. Copy the file from another content folder and edit it.`);
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(fullPath, 'utf8'), { lineCounter });
  if (document.errors.length > 0) {
    problems.push(`${file}: this is not valid YAML. ${firstLine(document.errors[0])}`);
    return undefined;
  }
  const parsed = easyReadSignpostsSchema.safeParse(document.toJS() ?? {}, { reportInput: true });
  if (!parsed.success) {
    problems.push(...describeIssues(file, parsed.error));
    return undefined;
  }
  const lineOf = (id: string, field: string) => {
    const node = document.getIn([id, field], true);
    return isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line : 0;
  };
  for (const [id, signpost] of Object.entries(parsed.data)) {
    if (knownIds && !knownIds.has(id)) {
      problems.push(`${file}: line ${lineOf(id, 'text') - 1}: "${id}" is not a signpost in signposts.yaml. Use one of: ${[...knownIds].join(', ')}.`);
    }
    const explained = new Set<string>();
    const context = { explained, canExplain: false, facts: undefined };
    const picture = lineOf(id, 'picture');
    if (!isPicture(signpost.picture)) {
      problems.push(`${file}: line ${picture}: there is no picture called "${signpost.picture}". Choose a name from ${PICTURE_CATALOGUE_URL}.`);
    }
    checkText(`${file}: line ${lineOf(id, 'text')}`, signpost.text, context, problems);
    checkText(`${file}: line ${lineOf(id, 'linkText')}`, signpost.linkText, context, problems);
  }
  return { file, signposts: parsed.data };
}

function tryLoad<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch {
    return undefined;
  }
}
