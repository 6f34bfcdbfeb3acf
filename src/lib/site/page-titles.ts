import { easyReadSequence } from '../easy-read/easy-read-pages';
import { t } from '../../strings/en';
import { getClauses, getPage } from './collections';
import { routes } from './routes';

/**
 * The title of every page with a link preview of its own, by its address: the title its tab and
 * its preview show, and the words on its share picture. The pages (through BaseLayout) and
 * src/pages/share/[name].png.ts both read it here, so they cannot disagree. Print pages, staff
 * pages and the 404 page show the home page's picture and keep their own titles.
 */
export async function pageTitles(): Promise<Map<string, string>> {
  const [clauses, feedback, accessibility, easyRead] = await Promise.all([
    getClauses(),
    getPage('feedback-and-complaints'),
    getPage('accessibility'),
    easyReadSequence(),
  ]);
  return new Map<string, string>([
    [routes.home, t.home.title],
    ...clauses.map(({ data }) => [routes.clause(data.slug), t.guidance.ruleHeading(data.number, data.title)] as const),
    [routes.guidance, t.guidance.title],
    [routes.contact, t.contact.title],
    [routes.feedback, feedback.data.title],
    [routes.accessibility, accessibility.data.title],
    [routes.whatChanged, t.whatChanged.title],
    [routes.search, t.search.title],
    ...easyRead.map(({ path, title }) => [path, t.easyRead.pageTitle(title)] as const),
  ]);
}

/** One page's title, from pageTitles. */
export async function titleOf(path: string): Promise<string> {
  const title = (await pageTitles()).get(path);
  if (title === undefined) throw new Error(`No title for ${path}: add it in src/lib/site/page-titles.ts.`);
  return title;
}
