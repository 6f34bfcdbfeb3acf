import { EVERYDAY_WORDS } from './everyday-words';
import { STOP_WORDS } from './stop-words';

/** The file the build writes next to the search index (dist/pagefind/), for the search page. */
export const SEARCH_WORDS_FILE = 'search-words.json';

/** Shorter words are never corrected, nor corrected into: "cell" must not become "call". */
export const SHORTEST_CORRECTED = 5;

/**
 * What the search page knows about words, written by the build from the search index. Lists of
 * words are one string, separated by spaces: a quarter the size of a JSON array of them.
 */
export interface SearchWordsFile {
  /**
   * Every word the index holds (page text, titles, summaries and the rules' keywords) that a typo
   * may be corrected into: four letters or more, no digits, no stop words. A to Z.
   */
  words: string;
  /** Words that never decide a result (src/lib/search/stop-words.ts). */
  stopWords: string;
  /** An everyday word and the guidance's word to search for instead, where the index has that word. */
  swaps: Record<string, string>;
}

/** The metadata whose words patients search for; the rest (addresses, pictures) are not words. */
const WORDY_META = ['title', 'summary', 'keywords'];

/** One page as Pagefind indexed it: its text and its metadata (title, summary, keywords). */
export interface IndexedPage {
  content: string;
  meta: Record<string, string>;
}

/**
 * The words of a text as the search page sees a query's words: lower case, curly apostrophes
 * made straight, no punctuation. A hyphenated word gives its parts and its joined form
 * ("e-mail" gives "e", "mail" and "email").
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .flatMap((word) => (word.includes('-') ? [...word.split('-'), word.replace(/-/g, '')] : [word]))
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The search words file for the pages in an index. */
export function searchWordsFile(pages: readonly IndexedPage[]): SearchWordsFile {
  const indexed = new Set(pages.flatMap(({ content, meta }) => wordsOf([content, ...WORDY_META.map((key) => meta[key] ?? '')].join(' '))));
  const stopWords = new Set(STOP_WORDS);
  const words = [...indexed]
    .filter((word) => word.length >= SHORTEST_CORRECTED - 1 && /^\p{L}[\p{L}']*$/u.test(word) && !stopWords.has(word))
    .sort();
  const swaps = Object.entries(EVERYDAY_WORDS).flatMap(([word, candidates]) => {
    const swap = candidates.find((candidate) => indexed.has(candidate));
    return swap && !indexed.has(word) ? [[word, swap] as const] : [];
  });
  return { words: words.join(' '), stopWords: STOP_WORDS.join(' '), swaps: Object.fromEntries(swaps) };
}
