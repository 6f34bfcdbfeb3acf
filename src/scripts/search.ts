/**
 * Search as you type on the search page, with Pagefind's low-level API. The page exists to
 * search, so Pagefind starts loading as soon as the page does; the build lists the files a
 * first search needs in the page's head, so the browser fetches them all at once.
 *
 * A query never answers "no results" while some of its words are in the guidance: see
 * search/passes.ts for the second pass and typo correction. Without JavaScript the page still
 * works: the form submits, and the A to Z list is there.
 */
import { originalsFirst, searchPatiently, type Hit, type Outcome } from './search/passes';
import { SEARCH_WORDS_FILE } from '../lib/search/search-words';
import { readSearchWords, searchableWords, type SearchWords } from './search/words';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** versionOf: on an Easy Read page, the address of the standard page it is a version of. */
  meta: { title?: string; summary?: string; keywords?: string; versionOf?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  init?(): Promise<void>;
  search(query: string): Promise<{ results: Hit<PagefindResultData>[] } | null>;
  preload(query: string): Promise<void>;
}
type Messages = Record<
  | 'one'
  | 'many'
  | 'someOne'
  | 'someMany'
  | 'someHeading'
  | 'moreOne'
  | 'moreMany'
  | 'moreHeading'
  | 'none'
  | 'corrected'
  | 'showing'
  | 'instead'
  | 'unavailable'
  | 'failed',
  string
>;

/** Results shown at most; the guidance is small, so this is every useful result. */
const MAX_RESULTS = 10;
/** Longer queries are cut short: nobody types more, and Pagefind need not work through it. */
const MAX_QUERY = 200;
const DEBOUNCE_MS = 150;
/** The address parameter that asks for exactly what was typed, with no corrections. */
const AS_TYPED = 'typed';

export function enhanceSearch(root: HTMLElement): void {
  // Browsers without the `scripting` media feature still show it: hide it here too.
  root.querySelector<HTMLElement>('[data-search-no-script]')!.hidden = true;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = input.form!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const corrected = root.querySelector<HTMLElement>('[data-search-corrected]')!;
  const someHeading = root.querySelector<HTMLElement>('[data-search-some]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLOListElement>('[data-search-more]')!;
  const none = root.querySelector<HTMLElement>('[data-search-none]')!;
  // Busy from a keystroke until its results are shown, so screen readers wait for them.
  const region = list.closest('section')!;
  const busy = (on: boolean) => (on ? region.setAttribute('aria-busy', 'true') : region.removeAttribute('aria-busy'));
  const base = root.dataset.base ?? '/';
  const messages = JSON.parse(root.dataset.strings ?? '{}') as Messages;
  const files = preloadedFiles(base);

  let pagefind: Promise<Pagefind> | undefined;
  let searchWords: Promise<SearchWords> | undefined;
  const load = () => {
    searchWords ??= fetch(files.words)
      .then((response) => (response.ok ? response.json() : {}))
      .then(readSearchWords, () => readSearchWords());
    pagefind ??= (import(/* @vite-ignore */ files.pagefind) as Promise<Pagefind>).then(async (module) => {
      await module.options({
        baseUrl: base,
        excerptLength: 24,
        // On the page, not in a web worker: the worker would download Pagefind's code a second
        // time (12 KB), and a search of a few pages takes milliseconds.
        noWorker: true,
        // Pagefind then asks for the very entry file the page preloaded.
        ...(files.cacheTag ? { metaCacheTag: files.cacheTag } : {}),
      });
      await module.init?.();
      return module;
    });
    pagefind.catch(() => (pagefind = undefined));
    return Promise.all([pagefind, searchWords]);
  };

  let latest = 0;
  let timer: number | undefined;
  let asTyped = new URLSearchParams(window.location.search).has(AS_TYPED);

  const clear = () => {
    latest++;
    busy(false);
    list.replaceChildren();
    more.replaceChildren();
    none.hidden = true;
    corrected.hidden = true;
    someHeading.hidden = true;
    status.textContent = '';
  };

  const show = (outcome: Outcome<PagefindResultData>, [all, some]: PagefindResultData[][], query: string) => {
    const swapped = outcome.swaps.length > 0;
    const shown = outcome.swaps.reduce((text, { typed, searched }) => replaceWord(text, typed, searched), query);
    const words = outcome.searched.join(' ');
    list.replaceChildren(...all!.map((result) => resultItem(result, words)));
    more.replaceChildren(...some!.map((result) => resultItem(result, words)));
    none.hidden = outcome.kind !== 'none';
    someHeading.hidden = some!.length === 0;
    someHeading.textContent = outcome.kind === 'some' ? messages.someHeading : messages.moreHeading;
    corrected.hidden = !swapped;
    if (swapped) corrected.replaceChildren(...correctionNotice(shown, query));
    const values = (count: number) => ({ count: String(count), query: shorten(swapped ? shown : query) });
    const plural = (count: number, one: keyof Messages, many: keyof Messages) => fill(count === 1 ? messages[one] : messages[many], values(count));
    const found =
      outcome.kind === 'none'
        ? fill(messages.none, values(0))
        : outcome.kind === 'some'
          ? plural(some!.length, 'someOne', 'someMany')
          : [plural(all!.length, 'one', 'many'), ...(some!.length > 0 ? [plural(some!.length, 'moreOne', 'moreMany')] : [])].join('. ');
    status.textContent = swapped ? `${fill(messages.corrected, { typed: shorten(query) })} ${found}` : found;
    busy(false);
  };

  /** "Showing results for facebook. Search for facebok instead." The link searches for what was typed. */
  const correctionNotice = (shown: string, query: string): Node[] => {
    const link = document.createElement('a');
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    url.searchParams.set(AS_TYPED, '');
    link.href = url.href;
    link.textContent = fill(messages.instead, { typed: shorten(query) });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      asTyped = true;
      busy(true);
      input.value = query;
      input.focus();
      void run();
    });
    return [document.createTextNode(`${fill(messages.showing, { query: shorten(shown) })} `), link, document.createTextNode('.')];
  };

  const run = async () => {
    const query = input.value.trim().slice(0, MAX_QUERY);
    const ticket = ++latest;
    if (!query) return clear();
    syncAddress(query, asTyped);
    let module: Pagefind;
    let words: SearchWords;
    try {
      [module, words] = await load();
    } catch {
      if (ticket !== latest) return;
      status.textContent = import.meta.env.DEV ? messages.unavailable : messages.failed;
      return busy(false);
    }
    try {
      const find = async (terms: string) => (await module.search(terms))?.results ?? [];
      const outcome = await searchPatiently(query, find, words, { correct: !asTyped });
      const hits = outcome.hits.slice(0, MAX_RESULTS);
      const partial = outcome.partial.slice(0, MAX_RESULTS - hits.length);
      const [all, some] = await Promise.all([hits, partial].map((list) => Promise.all(list.map((hit) => hit.data()))));
      const data = originalsFirst(all!, some!);
      if (ticket === latest) show(outcome, data, query);
    } catch {
      // A result's file failed to load (the connection dropped): say so rather than wait forever.
      if (ticket !== latest) return;
      status.textContent = messages.failed;
      busy(false);
    }
  };

  void load().catch(() => undefined);
  input.addEventListener('input', () => {
    asTyped = false;
    busy(true);
    // While the typing pauses, Pagefind gets the index ready for these words.
    void pagefind?.then((module) => module.preload(searchableWords(input.value))).catch(() => undefined);
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    input.value = '';
    asTyped = false;
    syncAddress('', false);
    clear();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(true);
    window.clearTimeout(timer);
    void run();
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    busy(true);
    void run();
  }
}

/**
 * Where Pagefind and the search words file are. After a build, the page's head preloads them
 * (src/integrations/search-index.ts): use those very addresses, so nothing is fetched twice.
 */
function preloadedFiles(base: string): { pagefind: string; words: string; cacheTag?: string } {
  const preloaded = (file: string) => document.querySelector<HTMLLinkElement>(`link[data-search-file="${file}"]`)?.href;
  const entry = preloaded('entry');
  return {
    pagefind: preloaded('pagefind') ?? `${base}pagefind/pagefind.js`,
    words: preloaded('words') ?? `${base}pagefind/${SEARCH_WORDS_FILE}`,
    cacheTag: entry ? (new URL(entry).searchParams.get('ts') ?? undefined) : undefined,
  };
}

/** One result: a link titled by the rule, and the excerpt with its matches marked. */
function resultItem({ url, meta, excerpt }: PagefindResultData, words: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  heading.append(link);
  const text = document.createElement('p');
  // An excerpt of the hidden search keywords reads badly: our summary is better, when it matches.
  const summary = meta.summary && fromKeywords(excerpt, meta.keywords) ? markWords(meta.summary, words) : [];
  text.append(...(summary.some((node) => node.nodeName === 'MARK') ? summary : markedText(excerpt)));
  item.append(heading, text);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with <mark> around matches. Rebuild it as text nodes and
 * <mark> elements, so nothing in it is ever treated as HTML.
 */
function markedText(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const match = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1]!);
    return mark;
  });
}

/** True when Pagefind's excerpt is only the rule's search keywords, which read badly. */
function fromKeywords(excerpt: string, keywords = ''): boolean {
  const plain = excerpt.replace(/<\/?mark>/g, '').replace(/…/g, '').trim();
  return plain.length > 0 && keywords.includes(plain.slice(0, 30).trim());
}

/** Our summary with the words that start like a query word marked. */
function markWords(text: string, query: string): Node[] {
  const terms = query.toLowerCase().split(/\s+/).filter((term) => term.length >= 3);
  return text.split(/(\p{L}+)/u).map((part) => {
    const word = part.toLowerCase();
    const hit = terms.some((term) => word.startsWith(term) || (word.length >= 4 && term.startsWith(word)));
    if (!hit) return document.createTextNode(part);
    const mark = document.createElement('mark');
    mark.textContent = part;
    return mark;
  });
}

/** The query with one word swapped for another, wherever it stands alone, in any case. */
function replaceWord(text: string, typed: string, searched: string): string {
  const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), searched);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Pagefind escapes only these entities in excerpts. */
function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function shorten(query: string): string {
  return query.length > 40 ? `${query.slice(0, 40)}…` : query;
}

function syncAddress(query: string, asTyped: boolean): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (asTyped && query) url.searchParams.set(AS_TYPED, '');
  else url.searchParams.delete(AS_TYPED);
  window.history.replaceState(null, '', url);
}
