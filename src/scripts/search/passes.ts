import { isIndexedForm, meaningfulWords, queryWords, replacementFor, type SearchWords } from './words';

/** One page Pagefind found, with its score for the words searched. */
export interface Hit<Data = unknown> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

/** A search of the index for every one of some words. */
export type Find<Data> = (words: string) => Promise<Hit<Data>[]>;

/** A word the patient typed and the word searched for instead. */
interface Swap {
  typed: string;
  searched: string;
}

export interface Outcome<Data> {
  /**
   * "all": some pages have every word searched for (more may have some of them). "some": no
   * page has them all, but these pages have some of them. "none": nothing found.
   */
  kind: 'all' | 'some' | 'none';
  /** Pages with every word searched for. */
  hits: Hit<Data>[];
  /** Other pages with some of the words, best first. */
  partial: Hit<Data>[];
  /** The words searched for, after stop words went and typos were corrected. */
  searched: string[];
  /** Words swapped for a correction or the guidance's own word: the page says so. */
  swaps: Swap[];
}

/** More words than this are not searched one by one: nobody types a longer question. */
const MOST_WORDS = 10;

/**
 * Searches the way a patient needs: never "no results" while some of their words are in the
 * guidance.
 *
 * 1. Each meaningful word on its own (stop words never decide a result). Pagefind quietly
 *    ignores a word its index does not have, so this is how we know which words it has.
 * 2. A word the index does not have (or only as a split, see isIndexedForm) is swapped for its
 *    everyday equivalent or nearest indexed spelling ("facebok" is "facebook"), and the page
 *    says so.
 * 3. The pages with every word found come first. If some words were not found, or no page has
 *    them all, the results are pages with some of the words, the best for each word first.
 *
 * With `correct: false` (the patient asked to search for what they typed) nothing is swapped.
 */
export async function searchPatiently<Data>(
  query: string,
  find: Find<Data>,
  searchWords: SearchWords,
  { correct = true } = {},
): Promise<Outcome<Data>> {
  const words = [...new Set(meaningfulWords(queryWords(query, searchWords), searchWords))].slice(0, MOST_WORDS);
  const each = await Promise.all(
    words.map(async (typed) => {
      const found = await find(typed);
      // Matches made by splitting an unknown word ("apointment" finds "a") are no matches.
      const hits = isIndexedForm(typed, searchWords) ? found : [];
      const searched = hits.length > 0 || !correct ? undefined : replacementFor(typed, searchWords);
      return searched ? { typed, searched, hits: await find(searched) } : { typed, searched: typed, hits };
    }),
  );
  const found = each.filter(({ hits }) => hits.length > 0) as { typed: string; searched: string; hits: Hit<Data>[] }[];
  const swaps = found.filter(({ typed, searched }) => typed !== searched).map(({ typed, searched }) => ({ typed, searched }));
  const searched = found.map((word) => word.searched);
  if (found.length === 0) return { kind: 'none', hits: [], partial: [], searched: words, swaps: [] };

  const every = found.length === 1 ? found[0]!.hits : await find(searched.join(' '));
  const shown = new Set(every.map(({ id }) => id));
  const others = found.length > 1 ? mergeHits(found.map(({ hits }) => hits)).filter(({ id }) => !shown.has(id)) : [];
  if (found.length === words.length && every.length > 0) return { kind: 'all', hits: every, partial: others, searched, swaps };
  return { kind: 'some', hits: [], partial: [...every, ...others], searched, swaps };
}


/**
 * Pages found by separate searches, one a word. Each word gives its best page 1 and the others
 * their share of that page's score, and a page's shares are added up: the page that answers
 * each word best comes first, whichever word it is, and a page with more of the words beats
 * one with fewer. Ties go to the page with more of the words, then the higher score.
 */
export function mergeHits<Data>(lists: readonly (readonly Hit<Data>[])[]): Hit<Data>[] {
  const pages = new Map<string, { hit: Hit<Data>; share: number; words: number; score: number }>();
  for (const hits of lists) {
    const best = Math.max(...hits.map(({ score }) => score));
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, share: 0, words: 0, score: 0 };
      page.share += best > 0 ? hit.score / best : 1;
      page.words += 1;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()]
    .sort((a, b) => b.share - a.share || b.words - a.words || b.score - a.score)
    .map(({ hit }) => hit);
}

/** A result as the search page shows it: its address, and the standard page it is a version of. */
interface Versioned {
  url: string;
  meta: { versionOf?: string };
}

/**
 * Standard pages before Easy Read pages, whenever both are found: the practice's own words come
 * first, and each Easy Read page has a link from its standard page. Pagefind can rank a short
 * Easy Read page that repeats a word ("video", "facebook") above the full rule, weighted down or
 * not. `all` has every word searched for, `some` only some of them; an Easy Read page with every
 * word brings its standard page up into `all`, just before it. Otherwise pages keep Pagefind's
 * order.
 */
export function originalsFirst<Result extends Versioned>(all: readonly Result[], some: readonly Result[]): [Result[], Result[]] {
  const lists: [Result[], Result[]] = [[...all], [...some]];
  for (const version of all.filter(({ meta }) => meta.versionOf)) {
    const below = lists[1].findIndex(({ url }) => url === version.meta.versionOf);
    if (below >= 0) lists[0].splice(lists[0].indexOf(version), 0, ...lists[1].splice(below, 1));
  }
  return lists.map((list) => [...list.filter(({ meta }) => !meta.versionOf), ...list.filter(({ meta }) => meta.versionOf)]) as [Result[], Result[]];
}
