/**
 * Search as you type on the search page, with Pagefind's low-level API. Nothing of Pagefind
 * loads until the box is focused or a query arrives in the address. Without JavaScript the
 * page still works: the form submits, and the A to Z list is there.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string; keywords?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init?(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
type Messages = Record<'one' | 'many' | 'none' | 'searching' | 'unavailable' | 'failed', string>;

/** Results shown at most; the guidance is small, so this is every useful result. */
const MAX_RESULTS = 10;
/** Longer queries are cut short: nobody types more, and Pagefind need not work through it. */
const MAX_QUERY = 200;
const DEBOUNCE_MS = 150;

export function enhanceSearch(root: HTMLElement): void {
  // Browsers without the `scripting` media feature still show it: hide it here too.
  root.querySelector<HTMLElement>('[data-search-no-script]')!.hidden = true;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = input.form!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const none = root.querySelector<HTMLElement>('[data-search-none]')!;
  const base = root.dataset.base ?? '/';
  const messages = JSON.parse(root.dataset.strings ?? '{}') as Messages;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ baseUrl: base, excerptLength: 24 });
      await module.init?.();
      return module;
    }));

  let latest = 0;
  let timer: number | undefined;

  const clear = () => {
    latest++;
    list.replaceChildren();
    none.hidden = true;
    status.textContent = '';
  };

  const show = (data: PagefindResultData[], query: string) => {
    list.replaceChildren(...data.map((result) => resultItem(result, query)));
    none.hidden = data.length > 0;
    status.textContent = fill(data.length === 0 ? messages.none : data.length === 1 ? messages.one : messages.many, {
      count: String(data.length),
      query: shorten(query),
    });
  };

  const run = async () => {
    const query = input.value.trim().slice(0, MAX_QUERY);
    const ticket = ++latest;
    if (!query) return clear();
    syncAddress(query);
    const words = searchableWords(query);
    if (!words) return show([], query);
    let module: Pagefind;
    try {
      module = await load();
    } catch {
      pagefind = undefined;
      if (ticket === latest) status.textContent = import.meta.env.DEV ? messages.unavailable : messages.failed;
      return;
    }
    const { results } = await module.search(words);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket === latest) show(data, query);
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    input.value = '';
    syncAddress('');
    clear();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run();
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
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

/** One result: a link titled by the rule, and the excerpt with its matches marked. */
function resultItem({ url, meta, excerpt }: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  heading.append(link);
  const text = document.createElement('p');
  // An excerpt of the hidden search keywords reads badly: our summary is better, when it matches.
  const summary = meta.summary && fromKeywords(excerpt, meta.keywords) ? markWords(meta.summary, query) : [];
  text.append(...(summary.some((node) => node.nodeName === 'MARK') ? summary : markedText(excerpt)));
  item.append(heading, text);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with <mark> around matches. Rebuild it as text nodes and
 * <mark> elements, so nothing in it is ever treated as HTML.
 */
export function markedText(excerpt: string): Node[] {
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
export function markWords(text: string, query: string): Node[] {
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

function syncAddress(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  window.history.replaceState(null, '', url);
}
