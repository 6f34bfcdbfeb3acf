import { getCollection, type CollectionEntry } from 'astro:content';
import type { EasyReadPageName } from '../../schemas/easy-read';
import { easyReadSignposts } from '../content/yaml-content';
import { EASY_READ_FOLDER } from './easy-read-checks';
import { getClauses } from '../site/collections';
import { routes } from '../site/routes';

/** An Easy Read page that every site has: the introduction or "if you are not happy". */
export async function getEasyReadPage(name: EasyReadPageName): Promise<CollectionEntry<'easyRead'>> {
  const page = (await getCollection('easyRead')).find(({ id }) => id === name);
  if (!page) throw new Error(`content/${EASY_READ_FOLDER}/${name}.mdx is missing.`);
  return page;
}

/** Each rule in the practice's order, with its Easy Read page if it has one yet. */
export async function getEasyReadRules() {
  const pages = await getCollection('easyRead', ({ data }) => data.rule !== undefined);
  return (await getClauses()).map((clause) => ({ clause, easyRead: pages.find(({ data }) => data.rule === clause.data.slug) }));
}

/** The slugs of the rules that have an Easy Read page, in the practice's order. */
export async function easyReadSlugs(): Promise<string[]> {
  return (await getEasyReadRules()).flatMap(({ clause, easyRead }) => (easyRead ? [clause.data.slug] : []));
}

/** Each Easy Read page's address and heading, in reading order: for "Back", "Next page" and share images. */
export async function easyReadSequence(): Promise<{ path: string; title: string }[]> {
  const [intro, notHappy, rules] = await Promise.all([getEasyReadPage('introduction'), getEasyReadPage('if-you-are-not-happy'), getEasyReadRules()]);
  return [
    { path: routes.easyRead, title: intro.data.title },
    ...rules.flatMap(({ clause, easyRead }) => (easyRead ? [{ path: routes.easyReadRule(clause.data.slug), title: easyRead.data.title }] : [])),
    { path: routes.easyReadNotHappy, title: notHappy.data.title },
  ];
}

/** The Easy Read pages either side of one, for "Back" and "Next page". */
export async function easyReadNeighbours(path: string) {
  const sequence = await easyReadSequence();
  const index = sequence.findIndex((page) => page.path === path);
  const link = (page?: { path: string; title: string }) => page && { href: page.path, title: page.title };
  return { previous: link(sequence[index - 1]), next: link(sequence[index + 1]) };
}

/** The Easy Read page of one rule, or undefined while it has none. */
export async function getEasyReadRule(slug: string): Promise<CollectionEntry<'easyRead'> | undefined> {
  return (await getEasyReadRules()).find(({ clause }) => clause.data.slug === slug)?.easyRead;
}

/** Every picture the Easy Read pages use, so that only those are written into the site. */
export async function usedPictures(): Promise<string[]> {
  const pages = await getCollection('easyRead');
  const names = [
    ...pages.map(({ data }) => data.picture),
    ...pages.flatMap(({ body }) => [...(body ?? '').matchAll(/<Idea\b[^>]*\bpicture="([^"]+)"/g)].map(([, name]) => name!)),
    ...Object.values(easyReadSignposts).map(({ picture }) => picture),
  ];
  return [...new Set(names)].sort();
}
