import type { APIRoute, GetStaticPaths } from 'astro';
import { getClauses } from '../../lib/site/collections';
import { easyReadSlugs } from '../../lib/easy-read/easy-read-pages';
import { pageTitles } from '../../lib/site/page-titles';
import { practice } from '../../lib/content/yaml-content';
import { routes, shareImageName } from '../../lib/site/routes';
import { shareImagePng } from '../../lib/site/share-image';
import { sitemapPaths } from '../../lib/site/sitemap';
import { t } from '../../strings/en';

/** One picture per page a patient may share, titled as the page is; print and staff pages show the home page's. */
export const getStaticPaths = (async () => {
  const [clauses, titles] = await Promise.all([getClauses(), pageTitles()]);
  // Every page with a preview of its own: the sitemap's, and the search page (not in the sitemap).
  const ownPreviews = [...sitemapPaths(clauses.map(({ data }) => data.slug), await easyReadSlugs()), routes.search];
  const missing = ownPreviews.filter((path) => !titles.has(path));
  if (missing.length) throw new Error(`No share image title for ${missing.join(', ')}: add it in src/lib/site/page-titles.ts.`);
  return [...titles].map(([path, title]) => ({
    params: { name: shareImageName(path) },
    props: { title },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }> = async ({ props }) => {
  const png = await shareImagePng({ practiceName: practice.name, serviceName: t.serviceName, title: props.title });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
