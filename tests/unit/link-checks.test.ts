/**
 * The link checks in src/lib/content/link-checks.ts, on a copy of the real content with one rule's text
 * given extra lines: every harmful or broken link is named, and good links pass.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { linkProblems } from '../../src/lib/content/link-checks';
import { contentDir } from '../../src/lib/content/content-dir';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { routes } from '../../src/lib/site/routes';
import { loadSignposts } from '../../src/lib/content/signposts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The site's content, or another surgery's with GUIDANCE_CONTENT_DIR: the facts must match it. */
const CONTENT = contentDir();
const practice = loadPractice(CONTENT);
const [firstRule] = readdirSync(path.join(CONTENT, 'clauses')).sort();
const slug = /^slug: (.+)$/m.exec(readFileSync(path.join(CONTENT, 'clauses', firstRule!), 'utf8'))![1]!;
const allowedHost = practice.linkHosts[0]!;

/** The slug of a rule with an Easy Read page, read from the Easy Read files. */
const easyReadRule = readdirSync(path.join(CONTENT, 'easy-read'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => /^rule: (.+)$/m.exec(readFileSync(path.join(CONTENT, 'easy-read', name), 'utf8'))?.[1])
  .find(Boolean)!;

/** The problems with the content after adding `lines` to the first rule (and `page` to a page, `easyRead` to the Easy Read introduction). */
function problemsWith(lines: string, options: { page?: string; easyRead?: string; base?: string; siteUrl?: string } = {}): string[] {
  const work = mkdtempSync(path.join(tmpdir(), 'guidance-links-'));
  copies.push(work);
  const dir = path.join(work, 'content-copy');
  cpSync(CONTENT, dir, { recursive: true });
  appendFileSync(path.join(dir, 'clauses', firstRule!), `\n${lines}\n`);
  if (options.page) appendFileSync(path.join(dir, 'pages', 'feedback-and-complaints.mdx'), `\n${options.page}\n`);
  if (options.easyRead) appendFileSync(path.join(dir, 'easy-read', 'introduction.mdx'), `\n${options.easyRead}\n`);
  const facts = { ...practice, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) };
  // Messages name files from where the tests run: start them from the copy's folder instead.
  return linkProblems(dir, facts, loadSignposts(dir), options.base ?? '/').map((problem) => problem.replace(/^.*?content-copy\//, 'content-copy/'));
}

test('the real content has no bad links', () => {
  expect(linkProblems(CONTENT, practice, loadSignposts(CONTENT))).toEqual([]);
});

describe('a link that runs code or leaves the web is stopped, however it is written', () => {
  test.each([
    ['Markdown', '[Report a post](javascript:alert(1))', 'javascript:alert(1)'],
    ['mixed case', '[Report a post](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
    ['a tab inside the scheme', '<a href="java\tscript:alert(1)">Report a post</a>', 'java\tscript:alert(1)'],
    ['an HTML entity', '<a href="&#106;avascript:alert(1)">Report a post</a>', 'javascript:alert(1)'],
    ['a reference link', '[Report a post][report]\n\n[report]: javascript:alert(1)', 'javascript:alert(1)'],
    ['a data: address', '[Report a post](data:text/html,hello)', 'data:text/html,hello'],
  ])('%s', (_, lines, href) => {
    expect(problemsWith(lines)).toEqual([
      `content-copy/clauses/${firstRule}: the link "Report a post" goes to "${href}". A link must start with https://, mailto: or tel:, or be a page on this site such as ${routes.contact}.`,
    ]);
  });

  test('an address written as code cannot be checked, so it is stopped', () => {
    expect(problemsWith('<a href={"javascript:alert(1)"}>Report a post</a>')).toEqual([
      expect.stringMatching(/: the link "Report a post" has its address written as code\. Write it in quotes/),
    ]);
  });
});

test.each([
  ['Markdown', `[our advice](http://${allowedHost}/advice)`],
  ['<a href>', `<a href='http://${allowedHost}/advice'>our advice</a>`],
])('an http: link is stopped (%s)', (_, lines) => {
  expect(problemsWith(lines)).toEqual([expect.stringContaining(`the link "our advice" goes to "http://${allowedHost}/advice", which is not secure.`)]);
});

test.each([
  ['another host', '[reviews](https://reviews.example.com/)', 'reviews.example.com'],
  ['a look-alike host', `[reviews](https://${allowedHost}.example.com/)`, `${allowedHost}.example.com`],
  ['an address without a scheme', '[reviews](//reviews.example.com/)', 'reviews.example.com'],
])('a link to a host not on linkHosts is stopped (%s)', (_, lines, host) => {
  expect(problemsWith(lines)).toEqual([expect.stringContaining(`the link "reviews" goes to ${host}, which is not in "linkHosts" in practice.yaml.`)]);
});

describe('links within the site', () => {
  test('to pages, places on pages and this page pass', () => {
    const lines = [
      `[contact us](${routes.contact})`,
      `[the first rule](${routes.clause(slug)})`,
      `[all the rules](${routes.guidance}#${slug})`,
      '[how to complain](/feedback-and-complaints/#how-to-complain)',
      '[skip to the text](#main-content)',
      `[email](mailto:${practice.email})`,
      '[call](tel:+441170000000)',
      `[advice](https://${allowedHost}/)`,
    ].join(' ');
    expect(problemsWith(lines, { page: '## How to complain\n\nWrite to us.' })).toEqual([]);
  });

  test('to a page that does not exist, or a place a page does not have, are stopped', () => {
    expect(problemsWith('[contact us](/contcat/) [the rule](/guidance/no-such-rule/#top) [this](#nowhere)')).toEqual([
      `content-copy/clauses/${firstRule}: the link "contact us" goes to /contcat/, which is not a page on this site. Check the address.`,
      `content-copy/clauses/${firstRule}: the link "the rule" goes to /guidance/no-such-rule/, which is not a page on this site. Check the address.`,
      `content-copy/clauses/${firstRule}: the link "this" goes to "#nowhere", but there is no "nowhere" on the page.`,
    ]);
  });

  test('in the Easy Read pages are checked too, and the Easy Read pages are pages to link to', () => {
    const easyReadPages = [routes.easyRead, routes.easyReadRule(easyReadRule), routes.easyReadNotHappy].map((page, n) => `[page ${n}](${page})`);
    expect(problemsWith(easyReadPages.join(' '))).toEqual([]);
    expect(problemsWith('', { easyRead: `${easyReadPages.join(' ')} [the rule](/easy-read/no-such-rule/) [reviews](http://${allowedHost}/)` })).toEqual([
      'content-copy/easy-read/introduction.mdx: the link "the rule" goes to /easy-read/no-such-rule/, which is not a page on this site. Check the address.',
      expect.stringContaining(`content-copy/easy-read/introduction.mdx: the link "reviews" goes to "http://${allowedHost}/", which is not secure.`),
    ]);
  });

  test('written from where the page is, are stopped: they break on some pages', () => {
    expect(problemsWith('[contact us](contact/)')).toEqual([expect.stringContaining('goes to "contact/". Write an address on this site from the top, such as /contact/')]);
  });

  test('with the site’s own address are checked as pages on the site', () => {
    const siteUrl = 'https://guidance.example.nhs.uk/';
    expect(problemsWith(`[contact us](${siteUrl}contact/)`, { siteUrl })).toEqual([]);
    expect(problemsWith(`[contact us](${siteUrl}contcat/)`, { siteUrl })).toEqual([expect.stringContaining('goes to /contcat/, which is not a page on this site')]);
  });

  test('in a site served from a folder, include the folder', () => {
    const base = '/policies/social-media/';
    expect(problemsWith(`[contact us](${base}contact/)`, { base })).toEqual([]);
    expect(problemsWith('[contact us](/contact/)', { base })).toEqual([
      expect.stringContaining('goes to /contact/, which is not a page on this site. Check the address: the site is in the folder /policies/social-media/.'),
    ]);
  });
});
