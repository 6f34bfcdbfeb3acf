import { getCollection, getEntry } from 'astro:content';
import type { Topic } from './a-to-z';
import { byNumber } from './rule-order';
import { routes } from './routes';
import { signposts } from '../content/yaml-content';
import { t } from '../../strings/en';

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

/** Every rule and topic for the A to Z list: rule titles, their keywords and the contact tasks. */
export async function searchTopics(): Promise<Topic[]> {
  const rules = (await getClauses()).flatMap(({ data }) => {
    const href = routes.clause(data.slug);
    const target = t.search.rule(data.number, data.title);
    return [{ term: data.title, href, target: t.clause.breadcrumb(data.number) }, ...data.keywords.map((term) => ({ term, href, target }))];
  });
  const tasks = signposts.tasks.map((task) => ({ term: task.title, href: `${routes.contact}#${task.id}`, target: t.contact.title }));
  const pages = [
    { term: t.nav.feedback, href: routes.feedback, target: t.nav.feedback },
    { term: t.contact.title, href: routes.contact, target: t.contact.title },
  ];
  return [...rules, ...tasks, ...pages];
}
