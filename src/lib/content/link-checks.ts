import { readFileSync } from 'node:fs';
import path from 'node:path';
import Slugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import type { Practice } from '../../schemas/practice';
import type { SignpostsFile } from '../../schemas/signpost';
import { PRACTICE_FILE } from './practice-facts';
import { EASY_READ_FOLDER } from '../easy-read/easy-read-checks';
import { PRINTED_SHEETS } from '../print/printed-sheets';
import { routes } from '../site/routes';
import { sitemapPaths } from '../site/sitemap';
import { readMdxFolder, type MdxFile } from './validate-content';

/**
 * Checks every link the practice wrote in its rules, pages and Easy Read pages (every MDX folder
 * in the content), before anything is built, so
 * the build a host runs stops on a link that would harm or strand a patient: a `javascript:`
 * link, an `http:` link, a link to a site not on `linkHosts`, or a link to a page or a place on
 * a page that does not exist. The MDX is read by the parser Astro uses (satteri, without GFM,
 * as astro.config.mjs sets it), so Markdown links, reference links and <a href> are all seen
 * as the build will see them. Returns one message per bad link, naming the file and the link.
 */
export function linkProblems(dir: string, practice: Practice, signposts?: SignpostsFile, base = process.env.GUIDANCE_BASE ?? '/'): string[] {
  const { read, anchors, problems } = readContent(dir, signposts);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const site = new URL(practice.siteUrl ?? 'https://this-site.invalid/');

  for (const [mdx, { links, ids }] of read) {
    for (const { href, text } of links) {
      const link = `the link "${text}"`;
      if (typeof href !== 'string') {
        problems.push(`${mdx.file}: ${link} has its address written as code. Write it in quotes, such as href="https://www.nhs.uk/".`);
        continue;
      }
      // Read as browsers read it: spaces around an address, and tabs and line breaks in it, are dropped.
      const address = href.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');
      if (!/^([a-z][a-z\d+.-]*:|\/|#)/i.test(address)) {
        problems.push(`${mdx.file}: ${link} goes to "${href}". Write an address on this site from the top, such as ${routes.contact}, or give the whole address.`);
        continue;
      }
      const url = URL.parse(address, new URL(prefix, site));
      if (!url) {
        problems.push(`${mdx.file}: ${link} goes to "${href}", which is not a web address.`);
        continue;
      }
      const internal = url.origin === site.origin;
      if (!internal && url.protocol === 'http:') {
        problems.push(`${mdx.file}: ${link} goes to "${href}", which is not secure. Use its https:// address.`);
      } else if (!internal && !['https:', 'mailto:', 'tel:'].includes(url.protocol)) {
        problems.push(`${mdx.file}: ${link} goes to "${href}". A link must start with https://, mailto: or tel:, or be a page on this site such as ${routes.contact}.`);
      } else if (!internal && url.protocol === 'https:' && !practice.linkHosts.includes(url.host)) {
        problems.push(`${mdx.file}: ${link} goes to ${url.host}, which is not in "linkHosts" in ${PRACTICE_FILE}. Add the host there if the link is right.`);
      } else if (internal && address.startsWith('#')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.has(id) && !LAYOUT_IDS.includes(id)) problems.push(`${mdx.file}: ${link} goes to "${href}", but there is no "${id}" on the page.`);
      } else if (internal) {
        const page = url.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : undefined;
        const id = decodeURIComponent(url.hash.slice(1));
        if (page === undefined || !anchors.has(page)) {
          problems.push(`${mdx.file}: ${link} goes to ${url.pathname}, which is not a page on this site. Check the address${prefix === '/' ? '' : `: the site is in the folder ${prefix}`}.`);
        } else if (id && !anchors.get(page)!.has(id)) {
          problems.push(`${mdx.file}: ${link} goes to "${href}", but there is no "${id}" on ${page}.`);
        }
      }
    }
  }
  return problems;
}

/** Ids every page in BaseLayout.astro has: the skip link's target. */
const LAYOUT_IDS = ['main-content'];

interface ReadMdx {
  links: { href: string | undefined; text: string }[];
  /** The ids the text gives its page: headings (named as Astro names them) and id attributes. */
  ids: Set<string>;
}

type Node = {
  type: string;
  tagName?: string;
  name?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
};

/** The links and ids in one MDX text. */
function readLinks(body: string): ReadMdx {
  const tree = mdxToHast(body, { features: { gfm: false } }) as unknown as Node;
  const links: ReadMdx['links'] = [];
  const ids = new Set<string>();
  const slugger = new Slugger();
  const visit = (node: Node) => {
    const tag = node.tagName ?? node.name ?? '';
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const attribute = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
    const id = jsx ? attribute('id') : node.properties?.id;
    if (typeof id === 'string') ids.add(id);
    else if (node.type === 'element' && /^h[1-6]$/.test(tag)) ids.add(slugger.slug(textOf(node)));
    if (tag === 'a' || tag === 'area') {
      // An address in {braces} or spread from an object is code: it cannot be checked here.
      const spread = node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute');
      const href = jsx ? attribute('href') : node.properties?.href;
      if (href !== undefined || spread) links.push({ href: typeof href === 'string' ? href : undefined, text: textOf(node).trim() });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { links, ids };
}

function textOf(node: Node): string {
  return node.type === 'text' ? String(node.value) : (node.children ?? []).map(textOf).join('');
}

/** The MDX files of one kind, each a folder in the content: rules, pages and Easy Read pages. */
interface ContentMdx {
  clauses: MdxFile[];
  pages: MdxFile[];
  easyRead: MdxFile[];
}

/** Every MDX file's links and ids, the pages the build makes, and any text that cannot be read. */
function readContent(dir: string, signposts?: SignpostsFile) {
  // A missing folder is reported by the checks that need it; here it has no links.
  const scratch: string[] = [];
  const mdx: ContentMdx = {
    clauses: readMdxFolder(path.join(dir, 'clauses'), scratch),
    pages: readMdxFolder(path.join(dir, 'pages'), scratch),
    easyRead: readMdxFolder(path.join(dir, EASY_READ_FOLDER), scratch),
  };
  const problems: string[] = [];
  const read = new Map<MdxFile, ReadMdx>();
  for (const file of Object.values(mdx).flat()) {
    try {
      read.set(file, readLinks(file.body));
    } catch (error) {
      problems.push(`${file.file}: ${notMdx(error, file)}`);
    }
  }
  return { read, anchors: pageAnchors(mdx, read, signposts), problems };
}

/**
 * The pages the build makes (without the base path), each with the ids a link may point to:
 * the layout's, those of the text shown on it, and the contact page's tasks.
 * tests/e2e/links.spec.ts checks each one is on the built page.
 */
export function siteAnchors(dir: string, signposts?: SignpostsFile): Map<string, Set<string>> {
  return readContent(dir, signposts).anchors;
}

function pageAnchors({ clauses, pages, easyRead }: ContentMdx, read: Map<MdxFile, ReadMdx>, signposts?: SignpostsFile): Map<string, Set<string>> {
  const field = (mdx: MdxFile, name: string) => (mdx.data as Record<string, unknown>)[name];
  const withSlugs = clauses.filter((mdx) => typeof field(mdx, 'slug') === 'string');
  const slugs = withSlugs.map((mdx) => String(field(mdx, 'slug')));
  // An Easy Read page has an address when the rule it explains is one of the rules.
  const easyReadRules = easyRead.filter((mdx) => slugs.includes(String(field(mdx, 'rule'))));
  const idsOf = (...files: (MdxFile | undefined)[]) => files.flatMap((mdx) => (mdx && read.has(mdx) ? [...read.get(mdx)!.ids] : []));
  const named = (files: MdxFile[], name: string) => files.find((mdx) => path.basename(mdx.file, '.mdx') === name);
  const page = (name: string) => named(pages, name);
  const shown: Record<string, string[]> = {
    [routes.home]: idsOf(page('introduction')),
    [routes.guidance]: [...idsOf(page('introduction'), ...clauses, page('feedback-and-complaints')), ...slugs, 'feedback-and-complaints'],
    [routes.feedback]: idsOf(page('feedback-and-complaints')),
    [routes.accessibility]: idsOf(page('accessibility')),
    [routes.contact]: signposts?.tasks.map(({ id }) => id) ?? [],
    ...Object.fromEntries(withSlugs.map((mdx) => [routes.clause(String(field(mdx, 'slug'))), idsOf(mdx)])),
    [routes.easyRead]: idsOf(named(easyRead, 'introduction')),
    [routes.easyReadNotHappy]: idsOf(named(easyRead, 'if-you-are-not-happy')),
    ...Object.fromEntries(easyReadRules.map((mdx) => [routes.easyReadRule(String(field(mdx, 'rule'))), idsOf(mdx)])),
  };
  const easyReadSlugs = easyReadRules.map((mdx) => String(field(mdx, 'rule')));
  const withLayout = [...sitemapPaths(slugs, easyReadSlugs), routes.search].map((url): [string, Set<string>] => [url, new Set([...LAYOUT_IDS, ...(shown[url] ?? [])])]);
  // Printed sheets have a layout of their own, with no ids.
  return new Map([...withLayout, ...PRINTED_SHEETS.map(({ path: sheet }): [string, Set<string>] => [sheet, new Set()])]);
}

/** Why a text is not valid MDX, in words, with the line in the file. */
function notMdx(error: unknown, mdx: MdxFile): string {
  const message = error instanceof Error ? error.message : String(error);
  const [, bodyLine, reason] = /^(\d+):\d+: ([^(]*)/.exec(message) ?? [];
  const text = readFileSync(mdx.file, 'utf8');
  const line = bodyLine ? Number(bodyLine) + text.slice(0, text.lastIndexOf(mdx.body)).split('\n').length - 1 : undefined;
  if (/to create a link in MDX/.test(message)) {
    return `line ${line}: write a link as [text](https://www.nhs.uk/). An address in <angle brackets> does not work in these files.`;
  }
  return `the text cannot be read${line ? ` (line ${line})` : ''}: ${reason?.trim() ?? message}.`;
}
