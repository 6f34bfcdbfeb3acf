import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clauseSchema, type Clause } from '../../schemas/clause';
import type { Practice } from '../../schemas/practice';
import { pageSchema } from '../../schemas/page';
import { contentDir, displayPath } from './content-dir';
import { ContentError, parseContent, where } from './friendly-errors';
import { loadPractice, PRACTICE_FILE } from './practice-facts';
import { loadChangelog } from './changelog';
import { FACT_LINK_KEYS, factLinkHref, type FactLinkKey } from './fact-links';
import { factsWrittenIn } from './facts-in-text';
import { linkProblems } from './link-checks';
import { loadSignposts, SIGNPOSTS_FILE, unknownIds } from './signposts';
import { checkStaffKitContent } from '../staff-kit/staff-kit';
import { checkEasyRead } from '../easy-read/easy-read-checks';
import { parseYaml } from './yaml-file';

/** The prose pages every site needs, in content/pages/. */
const REQUIRED_PAGES = ['introduction', 'feedback-and-complaints', 'accessibility'] as const;

export interface MdxFile {
  /** The file's path, as messages show it. */
  file: string;
  /** The front matter, parsed. */
  data: unknown;
  /** The text below the front matter: the practice's own words. */
  body: string;
  /** The file line the body starts on, counted from 1 at the top, as an editor counts. */
  bodyLine: number;
  /** The whole file as written. */
  text: string;
}

/**
 * Checks all the content before Astro builds anything, so that a mistake stops the build with
 * a message naming the file and the field, rather than publishing a broken page.
 * Throws a ContentError listing every problem found.
 */
export function validateContent(dir: string = contentDir()): void {
  const problems: string[] = [];

  const practice = collect(() => loadPractice(dir), problems);
  collect(() => loadChangelog(dir), problems);

  const signposts = collect(() => loadSignposts(dir), problems);
  const signpostIds = new Set(signposts?.signposts.map(({ id }) => id));

  const clausesDir = path.join(dir, 'clauses');
  const clauses: { file: string; clause: Clause }[] = [];
  for (const mdx of readMdxFolder(clausesDir, problems)) {
    const clause = collect(() => parseContent(clauseSchema, mdx.data, mdx.file), problems);
    if (clause) clauses.push({ file: mdx.file, clause });
    if (clause && signposts) {
      for (const id of unknownIds(clause.signposts, signpostIds)) {
        problems.push(`${mdx.file}: the field "signposts" names "${id}", which is not in ${SIGNPOSTS_FILE}. Use one of: ${[...signpostIds].join(', ')}.`);
      }
    }
    checkBody(mdx, practice, problems);
    if (practice) problems.push(...factsWrittenIn(mdx, practice, clause ? `rule ${clause.number}` : 'this rule'));
  }
  if (clauses.length === 0 && problems.length === 0) {
    problems.push(`${displayPath(clausesDir)}: there are no rules. Add one .mdx file for each rule.`);
  }
  // Numbering is only worth checking once every rule has a valid number.
  if (problems.length === 0) checkNumbering(clauses, clausesDir, problems);
  checkUnique(clauses, 'slug', problems);

  const pagesDir = path.join(dir, 'pages');
  const pages = readMdxFolder(pagesDir, problems);
  for (const mdx of pages) {
    collect(() => parseContent(pageSchema, mdx.data, mdx.file), problems);
    checkBody(mdx, practice, problems);
    if (practice) problems.push(...factsWrittenIn(mdx, practice, 'this page'));
  }
  for (const name of REQUIRED_PAGES) {
    if (!pages.some((page) => path.basename(page.file, '.mdx') === name)) {
      problems.push(`${displayPath(path.join(pagesDir, `${name}.mdx`))}: this page is missing. Every site needs it.`);
    }
  }

  if (practice) problems.push(...linkProblems(dir, practice, signposts));
  if (practice) problems.push(...checkStaffKitContent(dir, practice, clauses.map(({ clause }) => clause)).problems);
  problems.push(...checkEasyRead(dir).problems);

  if (problems.length > 0) throw new ContentError(problems);
}

/** The .mdx files in a folder, with their front matter parsed; problems are added to the list. */
export function readMdxFolder(folder: string, problems: string[]): MdxFile[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    problems.push(`${displayPath(folder)}: this folder is missing.`);
    return [];
  }
  const files: MdxFile[] = [];
  for (const name of names) {
    const file = displayPath(path.join(folder, name));
    const mdx = collect(() => parseMdx(readFileSync(path.join(folder, name), 'utf8'), file), problems);
    if (mdx) files.push(mdx);
  }
  return files;
}

/** A rule or page file's front matter and body, or a ContentError saying what is wrong with it. */
export function parseMdx(source: string, file: string): MdxFile {
  const text = source.replace(/^\uFEFF/, '');
  const parsed = splitFrontmatter(text);
  if (!parsed) throw new ContentError([`${file}: the file must start with front matter between two "---" lines.`]);
  // The front matter starts on line 2, after the first "---"; the body after the second.
  const bodyLine = parsed.frontmatter.split(/\r?\n/).length + 3;
  return { file, data: parseYaml(parsed.frontmatter, file, 2), body: parsed.body, bodyLine, text };
}

function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

function checkBody({ file, body, bodyLine }: MdxFile, practice: Practice | undefined, problems: string[]): void {
  if (body.trim() === '') {
    problems.push(`${file}: there is no text below the front matter. Add the practice's words.`);
  }
  body.split(/\r?\n/).forEach((text, index) => {
    const at = where(file, bodyLine + index);
    for (const [, key] of text.matchAll(/<FactLink\s+to="([^"]*)"/g)) {
      if (!(FACT_LINK_KEYS as readonly string[]).includes(key!)) {
        problems.push(`${at}: <FactLink to="${key}"> names no web address in the practice facts. Use one of: ${FACT_LINK_KEYS.join(', ')}.`);
      } else if (practice && !factLinkHref(practice, key as FactLinkKey)) {
        problems.push(`${at}: <FactLink to="${key}"> links to "${key}", which is not set in ${PRACTICE_FILE}. Set it there, or remove the link.`);
      }
    }
    if (practice && !practice.onlineFormSupplier && /<OnlineFormSupplier\b/.test(text)) {
      problems.push(`${at}: <OnlineFormSupplier /> needs "onlineFormSupplier" in ${PRACTICE_FILE}, but it is not set. Set it there, or change the words.`);
    }
  });
}

function checkNumbering(clauses: { file: string; clause: Clause }[], folder: string, problems: string[]): void {
  const seen = new Map<number, string>();
  for (const { file, clause } of clauses) {
    const other = seen.get(clause.number);
    if (other) {
      problems.push(`${file}: the field "number" is ${clause.number}, but ${other} already uses it. Give each rule its own number.`);
    } else {
      seen.set(clause.number, file);
    }
  }
  const numbers = [...seen.keys()].sort((a, b) => a - b);
  const missing = numbers.length > 0 ? range(1, numbers.at(-1)!).filter((n) => !seen.has(n)) : [];
  if (missing.length > 0) {
    problems.push(
      `${displayPath(folder)}: rule ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Number the rules from 1 with no gaps (the field "number").`,
    );
  }
}

function checkUnique(clauses: { file: string; clause: Clause }[], field: 'slug', problems: string[]): void {
  const seen = new Map<string, string>();
  for (const { file, clause } of clauses) {
    const other = seen.get(clause[field]);
    if (other) problems.push(`${file}: the field "${field}" is "${clause[field]}", but ${other} already uses it.`);
    else seen.set(clause[field], file);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Runs a check, adding its problems to the list instead of stopping at the first file. */
function collect<T>(check: () => T, problems: string[]): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
