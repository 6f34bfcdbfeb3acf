/**
 * The content the site under test was built from, for tests' expectations: how many rules, their
 * titles, the phone number, the review dates. Tests read them here, never from one practice's
 * literals, so `npm test` passes for any practice's content (GUIDANCE_CONTENT_DIR or --content).
 */
import path from 'node:path';
import { clauseSchema, type Clause } from '../src/schemas/clause';
import { pageSchema, type Page } from '../src/schemas/page';
import { loadChangelog } from '../src/lib/content/changelog';
import { contentDir } from '../src/lib/content/content-dir';
import { parseContent } from '../src/lib/content/friendly-errors';
import { ORIGINAL_WORDS_FILE as ORIGINAL_WORDS } from '../src/lib/content/original-words';
import { loadPractice } from '../src/lib/content/practice-facts';
import { loadSignposts, pick, signpostTarget } from '../src/lib/content/signposts';
import { readMdxFolder } from '../src/lib/content/validate-content';
import { t } from '../src/strings/en';

/** The content folder the build used. */
export const CONTENT = contentDir();

/** The practice's own words, for the fidelity check: one file beside the rules. */
export const ORIGINAL_WORDS_FILE = path.join(CONTENT, ORIGINAL_WORDS);

export const practice = loadPractice(CONTENT);
export const changes = loadChangelog(CONTENT);
export const { signposts, tasks, everyday } = loadSignposts(CONTENT);

export interface ClauseFile extends Clause {
  /** The file, as messages name it. */
  file: string;
  /** The practice's words, as written (MDX). */
  body: string;
}

function mdx<T>(folder: string, schema: Parameters<typeof parseContent>[0]): (T & { file: string; body: string })[] {
  const problems: string[] = [];
  const files = readMdxFolder(path.join(CONTENT, folder), problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return files.map(({ file, data, body }) => ({ ...(parseContent(schema, data, file) as T), file, body }));
}

/** The rules, in the practice's order. */
export const clauses: ClauseFile[] = mdx<Clause>('clauses', clauseSchema).sort((a, b) => a.number - b.number);

/** A prose page's front matter and words, by name: introduction, feedback-and-complaints, accessibility. */
export function page(name: string): Page & { file: string; body: string } {
  const found = mdx<Page>('pages', pageSchema).find(({ file }) => path.basename(file, '.mdx') === name);
  if (!found) throw new Error(`There is no page ${name} in ${CONTENT}.`);
  return found;
}

/** A signpost's link as patients meet it: its accessible name (with the number or address after it) and where it goes. */
export function signpostLink(id: string): { name: string; href: string } {
  const [signpost] = pick(signposts, [id]);
  const { href, contact } = signpostTarget(signpost!, practice);
  const detail = contact ? (contact.kind === 'phone' ? t.signpost.phoneDetail : t.signpost.emailDetail)(contact.value) : '';
  return { name: `${signpost!.linkText}${detail}`, href };
}
