import { describe, expect, test } from 'vitest';
import { byNumber, neighbours } from '../../src/lib/clauses';
import { formatDate } from '../../src/lib/dates';
import { loadPractice, onlineFormHref, telHref } from '../../src/lib/practice-facts';
import { absoluteUrl, routes, withBase } from '../../src/lib/routes';
import { loadSignposts, pick, signpostTarget } from '../../src/lib/signposts';
import { sitemapPaths, sitemapXml } from '../../src/lib/sitemap';
import { PREVIEW_ORIGIN, siteOrigin } from '../../src/lib/site-url';
import { pageTitle } from '../../src/strings/en';

const practice = loadPractice();

describe('phone numbers', () => {
  test('a spaced UK number becomes an international tel: link', () => {
    expect(telHref('0117 959 1919')).toBe('tel:+441179591919');
  });
  test('the practice number is shown spaced, as NHS style asks', () => {
    expect(practice.phone).toBe('0117 959 1919');
  });
});

test('dates read the NHS way', () => {
  expect(formatDate('2026-11-23')).toBe('23 November 2026');
  expect(formatDate('2027-01-05')).toBe('5 January 2027');
});

test('titles follow "Page title – Practice name"', () => {
  expect(pageTitle('Feedback and complaints', 'Pioneer Medical Group')).toBe('Feedback and complaints – Pioneer Medical Group');
});

describe('addresses', () => {
  test('rules live under /guidance/ with lowercase, readable slugs', () => {
    expect(routes.clause('photos-and-recordings')).toBe('/guidance/photos-and-recordings/');
  });
  test('a base path goes in front of every address', () => {
    expect(withBase('/guidance/', '/policies/social-media/')).toBe('/policies/social-media/guidance/');
    expect(withBase('/', '/')).toBe('/');
  });
  test('absolute addresses join the site and the path', () => {
    expect(absoluteUrl('/guidance/', 'https://example.nhs.uk')).toBe('https://example.nhs.uk/guidance/');
  });
  test('the online form falls back to the surgery website when its own address is unknown', () => {
    expect(onlineFormHref({ ...practice, onlineFormUrl: undefined })).toBe(practice.website);
    expect(onlineFormHref({ ...practice, onlineFormUrl: 'https://form.example/' })).toBe('https://form.example/');
  });
});

describe('site address', () => {
  test('uses siteUrl when the practice sets it', () => {
    expect(siteOrigin({ ...practice, siteUrl: 'https://guidance.example.nhs.uk/' }, {})).toEqual({
      site: 'https://guidance.example.nhs.uk/',
    });
  });
  test('without siteUrl, previews work and the build says what to set', () => {
    const { site, warning } = siteOrigin({ ...practice, siteUrl: undefined }, {});
    expect(site).toBe(PREVIEW_ORIGIN);
    expect(warning).toMatch(/siteUrl is not set/);
  });
  test('a production pipeline can insist on siteUrl', () => {
    expect(() => siteOrigin({ ...practice, siteUrl: undefined }, { REQUIRE_SITE_URL: '1' })).toThrow(/siteUrl is not set/);
  });
});

describe('rules in order', () => {
  const rules = [3, 1, 2].map((number) => ({ data: { number } }));
  const sorted = byNumber(rules);
  test('sorts by number', () => {
    expect(sorted.map((rule) => rule.data.number)).toEqual([1, 2, 3]);
  });
  test('finds the previous and next rule', () => {
    expect(neighbours(sorted, sorted[0]!)).toEqual({ previous: undefined, next: sorted[1] });
    expect(neighbours(sorted, sorted[2]!)).toEqual({ previous: sorted[1], next: undefined });
  });
});

test('the sitemap lists every page with absolute addresses', () => {
  const xml = sitemapXml(sitemapPaths(['phones']), 'https://example.nhs.uk/');
  expect(xml).toContain('<loc>https://example.nhs.uk/</loc>');
  expect(xml).toContain('<loc>https://example.nhs.uk/guidance/phones/</loc>');
  expect(xml).toContain('<loc>https://example.nhs.uk/accessibility/</loc>');
});

describe('signposts', () => {
  const { signposts } = loadSignposts();
  const target = (id: string) => signpostTarget(pick(signposts, [id])[0]!, practice);

  test('phone and email come from the practice facts', () => {
    expect(target('phone')).toEqual({ href: 'tel:+441179591919', contact: { kind: 'phone', value: '0117 959 1919' } });
    expect(target('email')).toEqual({ href: 'mailto:bnssg.pmg@nhs.net', contact: { kind: 'email', value: 'bnssg.pmg@nhs.net' } });
  });
  test('links to other sites say where they go', () => {
    expect(target('nhs-review')).toEqual({ href: practice.reviewUrl, leavesFor: 'www.nhs.uk' });
    expect(target('online-form')).toEqual({ href: practice.website, leavesFor: 'pioneermedicalgroup.nhs.uk' });
  });
  test('pages of this site and other numbers are linked as they are', () => {
    expect(target('contact-page')).toEqual({ href: '/contact/' });
    expect(target('call-999')).toEqual({ href: 'tel:999' });
  });
  test('an unknown id is reported', () => {
    expect(() => pick(signposts, ['nope'])).toThrow('There is no signpost "nope".');
  });
});
