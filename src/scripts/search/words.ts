import damerauLevenshtein from 'damerau-levenshtein';
import { stemmer } from 'stemmer';
import { SHORTEST_CORRECTED, type SearchWordsFile } from '../../lib/search/search-words';

/**
 * What the search page knows about words, from the file the build writes next to the index
 * (src/lib/search/search-words.ts). Empty when it could not be loaded: search then works without
 * dropping stop words or correcting typos.
 */
export interface SearchWords {
  words: ReadonlySet<string>;
  stopWords: ReadonlySet<string>;
  swaps: ReadonlyMap<string, string>;
}

export function readSearchWords(file: Partial<SearchWordsFile> = {}): SearchWords {
  const list = (words = '') => words.split(' ').filter(Boolean);
  return { words: new Set(list(file.words)), stopWords: new Set(list(file.stopWords)), swaps: new Map(Object.entries(file.swaps ?? {})) };
}

/**
 * The words worth searching for. Patients type words; a "word" with markup or code characters
 * in it (<, =, brackets, slashes) is not one, and would only match by accident.
 */
export function searchableWords(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => word && !/[<>=(){}[\]\\/;`$]/.test(word))
    .join(' ');
}

/**
 * The query as lower-case words, without punctuation ("receptionist?" is "receptionist"). A
 * hyphenated word is kept whole when the index has it without the hyphen ("e-mail" is "email"),
 * and split otherwise.
 */
export function queryWords(query: string, { words }: Pick<SearchWords, 'words'>): string[] {
  return searchableWords(query)
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .flatMap((word) => (words.has(word.replace(/-/g, '')) ? [word.replace(/-/g, '')] : word.split('-')))
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The words that say what the patient is looking for: stop words go, unless nothing else is left. */
export function meaningfulWords(words: readonly string[], { stopWords }: Pick<SearchWords, 'stopWords'>): string[] {
  const meaningful = words.filter((word) => !stopWords.has(word));
  return meaningful.length > 0 ? meaningful : [...words];
}

/** How far a word may be from an indexed word to count as a typo of it: more for longer words. */
export function allowedDistance(word: string): number {
  if (word.length < SHORTEST_CORRECTED || /\d/.test(word)) return 0;
  return word.length < 9 ? 1 : 2;
}

/**
 * The indexed word a patient probably meant: the nearest by Damerau-Levenshtein distance (a
 * swapped pair of letters is one slip, as in "emial"), within the distance allowed for the
 * word's length, starting with the same letter (people rarely mistype the first one). Ties go
 * to the word nearest in length, then the first A to Z.
 */
export function closestWord(word: string, { words }: Pick<SearchWords, 'words'>): string | undefined {
  const allowed = allowedDistance(word);
  let best: string | undefined;
  let bestRank = Infinity;
  for (const candidate of words) {
    const lengthGap = Math.abs(candidate.length - word.length);
    if (allowed === 0 || candidate[0] !== word[0] || lengthGap > allowed) continue;
    const { steps } = damerauLevenshtein(word, candidate);
    // Distance first, then the gap in length; `words` is A to Z, so the first of equals stays.
    const rank = steps * 10 + lengthGap;
    if (steps <= allowed && rank < bestRank) [best, bestRank] = [candidate, rank];
  }
  return best;
}

/**
 * Whether Pagefind's matches for a word can be trusted. Pagefind finds other forms of a word
 * ("recorded" finds "recording"), but it also splits a word it does not know into words it
 * does ("apointment" finds "a", "facebok" finds "face"). A word is taken as found when the index
 * has it, when it is short and has no everyday swap, or when the index has a word with the same stem (Porter's stemmer:
 * "recorded" and "recording" are both "record"; "facebok" is not "facebook").
 */
export function isIndexedForm(word: string, { words, swaps }: Pick<SearchWords, 'words'> & Partial<Pick<SearchWords, 'swaps'>>): boolean {
  if (words.size === 0 || words.has(word)) return true;
  // An everyday word the guidance does not use ("pics") is always swapped, short or not.
  if (swaps?.has(word)) return false;
  if (word.length < SHORTEST_CORRECTED) return true;
  return stemsOf(words).has(stemmer(word));
}

const stems = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The stems of the index's words, worked out once for each set of words. */
function stemsOf(words: ReadonlySet<string>): ReadonlySet<string> {
  if (!stems.has(words)) stems.set(words, new Set([...words].map(stemmer)));
  return stems.get(words)!;
}

/** What to search for instead of a word the index does not have: its everyday swap, or its nearest spelling. */
export function replacementFor(word: string, searchWords: SearchWords): string | undefined {
  return searchWords.swaps.get(word) ?? closestWord(word, searchWords);
}
