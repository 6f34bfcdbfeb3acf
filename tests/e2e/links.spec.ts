import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/lib/content/content-dir';
import { siteAnchors } from '../../src/lib/content/link-checks';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { loadSignposts } from '../../src/lib/content/signposts';

const practice = loadPractice();

/** Every built page, read from dist/ as a host would serve it. */
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ url: `/${name.split(path.sep).join('/')}`.replace(/index\.html$/, ''), html: readFileSync(path.join('dist', name), 'utf8') }));

const ids = new Map(pages.map(({ url, html }) => [url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!))]));

/** Where an internal address would be served from in dist/. */
function exists(pathname: string): boolean {
  const file = path.join('dist', decodeURIComponent(pathname));
  try {
    return statSync(file).isFile() || statSync(path.join(file, 'index.html')).isFile();
  } catch {
    return false;
  }
}

test('every internal link and fragment leads somewhere in the built site', () => {
  const broken: string[] = [];
  for (const { url, html } of pages) {
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href!)) continue;
      const target = new URL(href!.replace(/&amp;/g, '&'), `http://site${url}`);
      if (!exists(target.pathname)) broken.push(`${url}: ${href} (no such page)`);
      else if (target.hash && !ids.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${url}: ${href} (no such place on the page)`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('every link to another site uses https and goes to a host on the allow-list', () => {
  const bad: string[] = [];
  for (const { url, html } of pages) {
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!/^[a-z]+:/i.test(href!) || /^(mailto|tel):/.test(href!)) continue;
      const target = new URL(href!);
      const ours = target.origin === new URL(practice.siteUrl ?? 'http://localhost:4321/').origin;
      if (ours) continue;
      if (target.protocol !== 'https:') bad.push(`${url}: ${href} (not https)`);
      else if (!practice.linkHosts.includes(target.host)) bad.push(`${url}: ${href} (${target.host} is not in linkHosts)`);
    }
  }
  expect(bad).toEqual([]);
});

test('every page and place the build’s link check allows is in the built site', () => {
  const missing: string[] = [];
  const anchors = siteAnchors(contentDir(), loadSignposts());
  for (const [url, places] of anchors) {
    if (!ids.has(url)) missing.push(`${url} (no such page)`);
    else for (const id of places) if (!ids.get(url)!.has(id)) missing.push(`${url}#${id}`);
  }
  expect(anchors.size).toBeGreaterThan(10);
  expect(missing).toEqual([]);
});
