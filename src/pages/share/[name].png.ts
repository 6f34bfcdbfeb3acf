import type { APIRoute, GetStaticPaths } from 'astro';
import { getClauses, getPage } from '../../lib/site/collections';
import { easyReadSequence, easyReadSlugs } from '../../lib/easy-read/easy-read-pages';
import { practice } from '../../lib/site-data';
import { routes, shareImageName } from '../../lib/site/routes';
import { shareImagePng } from '../../lib/site/share-image';
import { sitemapPaths } from '../../lib/site/sitemap';
import { t } from '../../strings/en';

/** One picture per page a patient may share, titled as the page is; print and staff pages show the home page's. */
export const getStaticPaths = (async () => {
  const clauses = await getClauses();
  const [feedback, accessibility] = await Promise.all([getPage('feedback-and-complaints'), getPage('accessibility')]);
  const titles = new Map<string, string>([
    [routes.home, t.home.title],
    ...clauses.map(({ data }) => [routes.clause(data.slug), t.guidance.ruleHeading(data.number, data.title)] as const),
    [routes.guidance, t.guidance.title],
    [routes.contact, t.contact.title],
    [routes.feedback, feedback.data.title],
    [routes.accessibility, accessibility.data.title],
    [routes.whatChanged, t.whatChanged.title],
    [routes.search, t.search.title],
    ...(await easyReadSequence()).map(({ path, title }) => [path, t.easyRead.pageTitle(title)] as const),
  ]);
  // Every page with a preview of its own: the sitemap's, and the search page (not in the sitemap).
  const ownPreviews = [...sitemapPaths(clauses.map(({ data }) => data.slug), await easyReadSlugs()), routes.search];
  const missing = ownPreviews.filter((path) => !titles.has(path));
  if (missing.length) throw new Error(`No share image title for ${missing.join(', ')}: add it in src/pages/share/.`);
  return [...titles].map(([path, title]) => ({
    params: { name: shareImageName(path) },
    props: { title },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }> = async ({ props }) => {
  const png = await shareImagePng({ practiceName: practice.name, serviceName: t.serviceName, title: props.title });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
