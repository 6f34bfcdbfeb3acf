import { getCollection, getEntry } from 'astro:content';
import { byNumber } from './clauses';

/** The rules in the practice's order. */
export async function getClauses() {
  return byNumber(await getCollection('clauses'));
}

/** A prose page from content/pages/ that the validator guarantees exists. */
export async function getPage(id: 'introduction' | 'feedback-and-complaints' | 'accessibility') {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing.`);
  return page;
}
