import path from 'node:path';
import type { Practice } from '../../schemas/practice';
import { formatDate } from '../site/dates';
import { factLinkHref, type FactLinkKey } from './fact-links';
import { readMdxFolder } from './validate-content';

/** The file beside the rules that holds the practice's own words, for the fidelity test. */
export const ORIGINAL_WORDS_FILE = 'original-guidance.txt';

/**
 * MDX as a reader sees it, with each component's fact written out: `<Phone />` becomes the phone
 * number, `<FactLink to="…">text</FactLink>` its text (or the address, with no text).
 */
function wordsOf(mdx: string, practice: Practice): string {
  const fact = (key: string) => factLinkHref(practice, key as FactLinkKey) ?? '';
  return mdx
    .replace(/<Email\s*\/>/g, practice.email)
    .replace(/<Phone\s*\/>/g, practice.phone)
    .replace(/<PracticeName\s*\/>/g, practice.name)
    .replace(/<OnlineFormSupplier\s*\/>/g, practice.onlineFormSupplier ?? '')
    .replace(/<FormattedDate\s+date="([^"]+)"\s*\/>/g, (_, date: string) => formatDate(date === 'lastReviewed' || date === 'nextReviewDue' ? practice[date] : date))
    .replace(/<FactLink\s+to="([^"]+)"\s*\/>/g, (_, key: string) => fact(key))
    .replace(/<FactLink\s+to="[^"]+"\s*>([\s\S]*?)<\/FactLink>/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .trim();
}

/**
 * The practice's guidance as one text, in the order of its leaflet: the introduction, the rules
 * numbered, then feedback and complaints. `npm run new-practice` starts the original-words file
 * with it; the practice replaces it with its own guidance's words when they differ.
 */
export function originalWords(dir: string, practice: Practice): string {
  const problems: string[] = [];
  const pages = readMdxFolder(path.join(dir, 'pages'), problems);
  const clauses = readMdxFolder(path.join(dir, 'clauses'), problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const pageNamed = (name: string) => pages.find(({ file }) => path.basename(file, '.mdx') === name)!;
  const title = (page: { data: unknown }) => (page.data as { title: string }).title;
  const intro = pageNamed('introduction');
  const feedback = pageNamed('feedback-and-complaints');
  const rules = clauses
    .map(({ data, body }) => ({ number: (data as { number: number }).number, words: wordsOf(body, practice) }))
    .sort((a, b) => a.number - b.number)
    .map(({ number, words }) => `  ${number}. ${words.replace(/\n\s*\n/g, '\n\n')}`);
  return [title(intro), wordsOf(intro.body, practice), ...rules, title(feedback), wordsOf(feedback.body, practice)].join('\n\n') + '\n';
}
