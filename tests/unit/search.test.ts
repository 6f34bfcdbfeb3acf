import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { aToZ } from '../../src/lib/site/a-to-z';
import { EVERYDAY_WORDS } from '../../src/lib/search/everyday-words';
import { preloadTags, searchPreloads } from '../../src/lib/search/search-preload';
import { searchWordsFile, wordsOf } from '../../src/lib/search/search-words';
import { STOP_WORDS } from '../../src/lib/search/stop-words';
import { mergeHits, originalsFirst, searchPatiently, type Hit } from '../../src/scripts/search/passes';
import {
  allowedDistance,
  closestWord,
  isIndexedForm,
  meaningfulWords,
  queryWords,
  readSearchWords,
  replacementFor,
  searchableWords,
} from '../../src/scripts/search/words';
import { contentRules, typoOf } from '../fixtures/search-queries/content';
import { QUERY_TABLES, queryTableFor } from '../fixtures/search-queries/index';

/** A small made-up index: each page's words, as Pagefind would find them. */
const PAGES: Record<string, string> = {
  photos: 'photo photograph photographs video filming camera waiting room staff consent',
  reviews: 'review reviews rating stars website practice manager reply',
  staff: 'name naming staff doctor nurse receptionist comments identify',
  contact: 'facebook messenger message appointment cancel email phone medical details share',
  feedback: 'feedback good bad complain complaint complaints procedure',
};
const searchWords = readSearchWords(searchWordsFile(Object.values(PAGES).map((content) => ({ content, meta: {} }))));

/**
 * Pagefind's behaviour where it matters here: every known word must be on the page (a word the
 * index does not have is ignored), a word matches its own longer forms, and a page scores more
 * for an exact word.
 */
async function find(query: string): Promise<Hit<string>[]> {
  const indexed = new Set(Object.values(PAGES).flatMap((text) => text.split(' ')));
  const terms = query.split(' ').filter((term) => [...indexed].some((word) => word.startsWith(term)));
  if (terms.length === 0) return [];
  return Object.entries(PAGES)
    .map(([id, text]) => {
      const words = text.split(' ');
      const scores = terms.map((term) => (words.includes(term) ? 2 : words.some((word) => word.startsWith(term)) ? 1 : 0));
      return { id, score: scores.reduce<number>((a, b) => a + b, 0), data: async () => id, all: scores.every(Boolean) };
    })
    .filter(({ all }) => all)
    .sort((a, b) => b.score - a.score);
}

const ids = (hits: Hit<string>[]) => hits.map(({ id }) => id);

test('words with markup or code characters are not searched for', () => {
  expect(searchableWords('photo in waiting room')).toBe('photo in waiting room');
  expect(searchableWords('<img src=x onerror=alert(1)>')).toBe('');
  expect(searchableWords('<script>alert(1)</script>')).toBe('');
  expect(searchableWords("can't   film")).toBe("can't film");
  expect(searchableWords('مرحبا 😀')).toBe('مرحبا 😀');
});

describe('the words of a query', () => {
  test('lower case, without punctuation, hyphens joined only where the index has the word', () => {
    expect(queryWords('Can I film the Receptionist?', searchWords)).toEqual(['can', 'i', 'film', 'the', 'receptionist']);
    expect(queryWords('E-mail my follow-up', searchWords)).toEqual(['email', 'my', 'follow', 'up']);
    expect(queryWords('patient’s details…', searchWords)).toEqual(["patient's", 'details']);
    expect(queryWords('😀📸 <b>', searchWords)).toEqual([]);
  });

  test('stop words never decide a result, unless they are all there is', () => {
    expect(meaningfulWords(['can', 'i', 'film', 'the', 'receptionist'], searchWords)).toEqual(['film', 'receptionist']);
    expect(meaningfulWords(['is', 'it', 'ok', 'to', 'post', 'about', 'my', 'gp', 'on', 'facebook'], searchWords)).toEqual([
      'post',
      'gp',
      'facebook',
    ]);
    expect(meaningfulWords(['who', 'are', 'you'], searchWords)).toEqual(['who', 'are', 'you']);
  });

  test('the stop words are function words, not words that may name a topic', () => {
    for (const topic of ['name', 'post', 'call', 'help', 'other', 'photo', 'review', 'online', 'share']) {
      expect(STOP_WORDS).not.toContain(topic);
    }
  });
});

describe('typo correction', () => {
  test('the distance allowed grows with the word, and short words are never corrected', () => {
    expect(['cell', 'dr', 'abcd'].map(allowedDistance)).toEqual([0, 0, 0]);
    expect(['emial', 'facebok', 'recptionst'].map(allowedDistance)).toEqual([1, 1, 2]);
    expect(allowedDistance('covid19')).toBe(0);
  });

  test('near misses are corrected, with a swapped pair of letters as one slip', () => {
    expect(closestWord('facebok', searchWords)).toBe('facebook');
    expect(closestWord('emial', searchWords)).toBe('email');
    expect(closestWord('recptionist', searchWords)).toBe('receptionist');
    expect(closestWord('photgraph', searchWords)).toBe('photograph');
    expect(closestWord('reveiws', searchWords)).toBe('reviews');
    expect(closestWord('complian', searchWords)).toBe('complain');
  });

  test('far misses, short words and a different first letter are left alone', () => {
    expect(closestWord('cell', searchWords)).toBeUndefined();
    expect(closestWord('zzzqqq', searchWords)).toBeUndefined();
    expect(closestWord('hospital', searchWords)).toBeUndefined();
    expect(closestWord('pacebook', searchWords)).toBeUndefined();
    expect(closestWord('photoshop', searchWords)).toBeUndefined();
  });

  test('everyday words, short forms and American spellings swap to the word the index has', () => {
    expect(replacementFor('pics', searchWords)).toBe('photo');
    expect(replacementFor('fb', searchWords)).toBe('facebook');
    expect(replacementFor('dr', searchWords)).toBe('doctor');
    // Only swaps the index can answer are written into the file.
    expect(searchWords.swaps.has('insta')).toBe(false);
    for (const [word, swaps] of Object.entries(EVERYDAY_WORDS)) {
      expect(word, 'everyday words are lower case').toBe(word.toLowerCase());
      expect(swaps.length).toBeGreaterThan(0);
    }
  });
});

describe('searching patiently', () => {
  test('every word on one page: those pages, then pages with some of the words', async () => {
    const outcome = await searchPatiently('cancel my appointment', find, searchWords);
    expect(outcome.kind).toBe('all');
    expect(ids(outcome.hits)).toEqual(['contact']);
    expect(outcome.swaps).toEqual([]);
  });

  test('no page has every word: the pages with some of them, never nothing', async () => {
    const outcome = await searchPatiently('bad review', find, searchWords);
    expect(outcome.kind).toBe('some');
    expect(outcome.hits).toEqual([]);
    expect(ids(outcome.partial).sort()).toEqual(['feedback', 'reviews']);
    const three = await searchPatiently('name the nurse in a bad review', find, searchWords);
    expect(ids(three.partial)[0]).toBe('staff');
  });

  test('a word the index does not have never passes for found', async () => {
    const outcome = await searchPatiently('flu jab on facebook', find, searchWords);
    expect(outcome.kind).toBe('some');
    expect(ids(outcome.partial)).toEqual(['contact']);
    expect(outcome.searched).toEqual(['facebook']);
  });

  test('a typo is corrected, and the swap is reported so the page can say so', async () => {
    const outcome = await searchPatiently('Facebok messenger', find, searchWords);
    expect(outcome.kind).toBe('all');
    expect(ids(outcome.hits)).toEqual(['contact']);
    expect(outcome.swaps).toEqual([{ typed: 'facebok', searched: 'facebook' }]);
    expect(outcome.searched).toEqual(['facebook', 'messenger']);
  });

  test('searching for exactly what was typed swaps nothing', async () => {
    const outcome = await searchPatiently('facebok', find, searchWords, { correct: false });
    expect(outcome).toMatchObject({ kind: 'none', swaps: [] });
  });

  test('nothing at all: none, and nothing is corrected into a far word', async () => {
    expect((await searchPatiently('zzzqqq', find, searchWords)).kind).toBe('none');
    expect((await searchPatiently('the', find, searchWords)).kind).toBe('none');
    expect((await searchPatiently('', find, searchWords)).kind).toBe('none');
  });

  test('without the search words file, search still works', async () => {
    const outcome = await searchPatiently('photo', find, readSearchWords());
    expect(ids(outcome.hits)).toEqual(['photos']);
  });

  test('merging: the best page for each word first, then more of the words, then the higher score', () => {
    const hit = (id: string, score: number): Hit<string> => ({ id, score, data: async () => id });
    // a is best for the first word, c for the second; b has both words but is best for neither.
    const merged = mergeHits([
      [hit('a', 9), hit('b', 3), hit('d', 4)],
      [hit('c', 2), hit('b', 1)],
    ]);
    expect(ids(merged)).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(mergeHits([[hit('x', 2)], [hit('y', 8)]]))).toEqual(['y', 'x']);
  });
});

describe('standard pages before Easy Read pages', () => {
  const result = (url: string, versionOf?: string) => ({ url, meta: versionOf ? { versionOf } : {} });
  const urls = (lists: { url: string }[][]) => lists.map((list) => list.map(({ url }) => url));

  test('puts Easy Read pages after the standard pages, each list keeping Pagefind’s order otherwise', () => {
    const all = [result('/easy-read/photos/', '/guidance/photos/'), result('/easy-read/', '/guidance/'), result('/guidance/contact/'), result('/guidance/photos/')];
    const some = [result('/easy-read/phones/', '/guidance/phones/'), result('/guidance/reviews/')];
    expect(urls(originalsFirst(all, some))).toEqual([
      ['/guidance/contact/', '/guidance/photos/', '/easy-read/photos/', '/easy-read/'],
      ['/guidance/reviews/', '/easy-read/phones/'],
    ]);
  });

  test('brings the standard page up with an Easy Read page that has every word', () => {
    const all = [result('/easy-read/reviews/', '/guidance/reviews/'), result('/guidance/phones/')];
    const some = [result('/guidance/other/'), result('/guidance/reviews/')];
    expect(urls(originalsFirst(all, some))).toEqual([['/guidance/reviews/', '/guidance/phones/', '/easy-read/reviews/'], ['/guidance/other/']]);
  });
});

describe('the search words file the build writes', () => {
  test('words of four letters or more from text and wordy metadata, A to Z, without stop words, digits or addresses', () => {
    const meta = { keywords: 'selfie, waiting room', versionOf: '/guidance/naming-staff/', image: '/share/home.png' };
    const file = searchWordsFile([{ content: 'Call 0117 about an e-mail, or your GP’s photos.', meta }]);
    expect(file.words).toBe("call email gp's mail photos room selfie waiting");
    expect(file.stopWords.split(' ')).toEqual([...STOP_WORDS]);
  });

  test('a hyphenated word is found by its parts and joined', () => {
    expect(wordsOf('follow-up')).toEqual(['follow', 'up', 'followup']);
  });
});

describe('search preloads', () => {
  const output = {
    entry: { languages: { en: { hash: 'en_123', wasm: 'en' } } },
    indexChunks: ['en_abc.pf_index'],
    cacheTag: 'tag1',
    searchWordsFile: 'search-words.json',
  };

  test('Pagefind, its entry, metadata, WebAssembly, a one-chunk index and the search words, under the base', () => {
    expect(searchPreloads(output, '/policies/social-media/').map(({ href }) => href)).toEqual([
      '/policies/social-media/pagefind/pagefind.js',
      '/policies/social-media/pagefind/pagefind-entry.json?ts=tag1',
      '/policies/social-media/pagefind/pagefind.en_123.pf_meta',
      '/policies/social-media/pagefind/wasm.en.pagefind',
      '/policies/social-media/pagefind/index/en_abc.pf_index',
      '/policies/social-media/pagefind/search-words.json?ts=tag1',
    ]);
  });

  test('a bigger index’s chunks depend on the words searched for, so they are not preloaded', () => {
    const hrefs = searchPreloads({ ...output, indexChunks: ['a.pf_index', 'b.pf_index'] }, '/').map(({ href }) => href);
    expect(hrefs.filter((href) => href.includes('/index/'))).toEqual([]);
  });

  test('as link tags: the script as a module, the data as fetches', () => {
    expect(preloadTags(searchPreloads(output, '/').slice(0, 2))).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js" data-search-file="pagefind">' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=tag1" as="fetch" crossorigin data-search-file="entry">',
    );
  });
});

test('the A to Z list is sorted, grouped by letter and free of repeats', () => {
  const letters = aToZ([
    { term: 'video', href: '/guidance/photos-and-recordings/', target: 'Rule 4' },
    { term: 'abuse', href: '/guidance/abuse-of-staff/', target: 'Rule 8' },
    { term: 'Abuse', href: '/guidance/abuse-of-staff/', target: 'Rule 8' },
    { term: 'appointment', href: '/guidance/contacting-us/', target: 'Rule 3' },
    { term: '999', href: '/contact/#urgent-help', target: 'Contact us' },
  ]);
  expect(letters.map(({ letter, topics }) => [letter, topics.map((topic) => topic.term)])).toEqual([
    ['0-9', ['999']],
    ['A', ['Abuse', 'Appointment']],
    ['V', ['Video']],
  ]);
});

test('a long word the index does not have is no match, even when Pagefind splits it into words it has', async () => {
  // Pagefind finds "a" for "apointment": the made-up index below does the same.
  const splitting = async (query: string) => (query === 'apointment' ? find('a') : find(query));
  expect(isIndexedForm('recorded', { words: new Set(['record', 'recording']) })).toBe(true);
  expect(isIndexedForm('apointment', { words: new Set(['appointment']) })).toBe(false);
  // Pagefind splits it and finds "face"; a typo, not another form of "facebook".
  expect(isIndexedForm('facebok', { words: new Set(['face', 'facebook']) })).toBe(false);
  const outcome = await searchPatiently('apointment', splitting, searchWords);
  expect(outcome.swaps).toEqual([{ typed: 'apointment', searched: 'appointment' }]);
  expect(ids(outcome.hits)).toEqual(['contact']);
  expect((await searchPatiently('azithromycin', async () => find('a'), searchWords)).kind).toBe('none');
});

describe('the query tables', () => {
  test.each(QUERY_TABLES)('the table for $writtenFor names only rules that content has', ({ writtenFor, rows }) => {
    const slugs = contentRules(path.resolve(writtenFor)).map(({ slug }) => slug);
    for (const row of rows) {
      for (const page of [row.expect, ...(row.alsoRight ?? [])]) {
        if ('rule' in page) expect(slugs, row.query).toContain(page.rule);
      }
    }
  });

  test('Pioneer’s table: at least 60 queries, 25 of them questions or statements, 10 with a typo or an American spelling', () => {
    const rows = queryTableFor('content')!.rows;
    const multiWordQuestions = rows.filter(({ kind, query }) => kind === 'question' && query.split(' ').length > 2);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(multiWordQuestions.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter(({ kind }) => kind === 'typo').length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map(({ query }) => query.toLowerCase())).size, 'no query twice').toBe(rows.length);
  });

  test('a table is chosen by the content folder it was written for, and another surgery’s folder has none', () => {
    expect(queryTableFor('content')?.writtenFor).toBe('content');
    expect(queryTableFor(path.resolve('examples/riverside'))?.writtenFor).toBe('examples/riverside');
    expect(queryTableFor('examples/elsewhere')).toBeUndefined();
  });
});

test('a typo for the content-derived checks differs from the word by one slip', () => {
  expect(typoOf('receptionist')).toBe('receptoinist');
  expect(typoOf('photograph')).toBe('photorgaph');
  expect(closestWord(typoOf('photograph'), readSearchWords({ words: 'photograph photographs' }))).toBe('photograph');
});
