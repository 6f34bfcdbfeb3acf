import { describe, expect, test } from 'vitest';
import { byNumber, neighbours } from '../../src/lib/site/rule-order';
import { formatDate } from '../../src/lib/site/dates';
import { loadPractice, onlineFormHref, telHref } from '../../src/lib/content/practice-facts';
import { addressParts, POSTER_MAX_RULES, posterLines } from '../../src/lib/print/poster-layout';
import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE, qrSvg } from '../../src/lib/print/qr-code';
import { absoluteUrl, routes, shareImageName, shortAddress, withBase } from '../../src/lib/site/routes';
import { SHARE_IMAGE, shareImagePng } from '../../src/lib/site/share-image';
import { factLinkHref } from '../../src/lib/content/fact-links';
import { loadSignposts, pick, signpostTarget } from '../../src/lib/content/signposts';
import { sitemapPaths, sitemapXml } from '../../src/lib/site/sitemap';
import { PREVIEW_ORIGIN, siteOrigin } from '../../src/lib/site/site-url';
import { pageTitle } from '../../src/strings/en';

const practice = loadPractice();

describe('phone numbers', () => {
  test('a spaced UK number becomes an international tel: link', () => {
    expect(telHref('0117 959 1919')).toBe('tel:+441179591919');
  });
  test('the practice’s number makes a call link of +44 and its digits', () => {
    expect(telHref(practice.phone)).toBe(`tel:+44${practice.phone.replaceAll(' ', '').slice(1)}`);
  });
});

test('dates read the NHS way', () => {
  expect(formatDate('2026-11-23')).toBe('23 November 2026');
  expect(formatDate('2027-01-05')).toBe('5 January 2027');
});

test('titles follow "Page title – Practice name"', () => {
  expect(pageTitle('Feedback and complaints', 'Hillside Surgery')).toBe('Feedback and complaints – Hillside Surgery');
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
    expect(() => siteOrigin({ ...practice, siteUrl: undefined }, { REQUIRE_SITE_URL: '1' })).toThrow(/the field "siteUrl" is not set, and this build needs it/);
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

describe('the short address on the poster', () => {
  test('drops https:// and the trailing slash', () => {
    expect(shortAddress('https://guidance.example.nhs.uk/')).toBe('guidance.example.nhs.uk');
  });
  test('keeps a path, for a site served under a folder', () => {
    expect(shortAddress('https://hillsidesurgery.nhs.uk/social-media/')).toBe('hillsidesurgery.nhs.uk/social-media');
  });
  test('keeps a port, so a preview build shows where it really is', () => {
    expect(shortAddress('http://localhost:4321/')).toBe('localhost:4321');
  });
});

describe('the poster QR code', () => {
  const url = 'https://guidance.example.nhs.uk/';
  const { svg, size } = qrSvg(url, 'QR code. It opens https://guidance.example.nhs.uk/');
  test('is an SVG image with a name saying where it goes', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="QR code\. It opens https:\/\/guidance\.example\.nhs\.uk\/"/);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
  });
  test('leaves a quiet zone of four modules on every side', () => {
    const squares = [...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(squares.length).toBeGreaterThan(100);
    const coordinates = squares.flat();
    expect(Math.min(...coordinates)).toBe(QR_QUIET_ZONE);
    expect(Math.max(...coordinates)).toBe(size - QR_QUIET_ZONE - 1);
  });
  test('uses error correction M or higher', () => {
    expect(['M', 'Q', 'H']).toContain(QR_ERROR_CORRECTION);
    expect(size - 2 * QR_QUIET_ZONE).toBe(QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules.size);
  });
});

describe('the poster rules', () => {
  test(`take up to ${POSTER_MAX_RULES} lines`, () => {
    expect(posterLines(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
    const all = Array.from({ length: POSTER_MAX_RULES }, (_, i) => `Rule ${i + 1}`);
    expect(posterLines(all)).toEqual({ shown: all, more: 0 });
  });
  test('with more rules, show one line fewer and say how many more, so the poster stays on one sheet', () => {
    const many = Array.from({ length: POSTER_MAX_RULES + 1 }, (_, i) => `Rule ${i + 1}`);
    expect(posterLines(many)).toEqual({ shown: many.slice(0, POSTER_MAX_RULES - 1), more: 2 });
  });
  test('an address breaks only after a dot or a slash', () => {
    expect(addressParts('guidance.example.nhs.uk/policies/social-media')).toEqual(['guidance.', 'example.', 'nhs.', 'uk/', 'policies/', 'social-media']);
    expect(addressParts('localhost:4321')).toEqual(['localhost:4321']);
  });
});

describe('share images', () => {
  test('are named after the page address', () => {
    expect(shareImageName('/')).toBe('home');
    expect(shareImageName('/guidance/reviews/')).toBe('guidance-reviews');
    expect(routes.shareImage('/accessibility/')).toBe('/share/accessibility.png');
  });
  test('are 1200 by 630 PNGs, the same every build', async () => {
    const card = { practiceName: 'Hillside Surgery', serviceName: 'Social media guidance', title: 'Rule 5: Leave reviews on the NHS website' };
    const png = Buffer.from(await shareImagePng(card));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(Buffer.from(await shareImagePng(card)).equals(png)).toBe(true);
  });
});

describe('signposts', () => {
  const { signposts } = loadSignposts();
  const target = (signpost: (typeof signposts)[number]) => signpostTarget(signpost, practice);
  const withFact = (fact: string) => signposts.filter((signpost) => signpost.fact === fact);

  test('phone and email come from the practice facts', () => {
    for (const phone of withFact('phone')) expect(target(phone)).toEqual({ href: telHref(practice.phone), contact: { kind: 'phone', value: practice.phone } });
    for (const email of withFact('email')) expect(target(email)).toEqual({ href: `mailto:${practice.email}`, contact: { kind: 'email', value: practice.email } });
  });
  test('links to other sites say where they go', () => {
    const form = onlineFormHref(practice);
    for (const signpost of withFact('onlineForm')) expect(target(signpost)).toEqual({ href: form, leavesFor: new URL(form).host });
    for (const signpost of signposts.filter(({ fact }) => fact?.endsWith('Url'))) {
      const href = target(signpost).href;
      expect(href).toMatch(/^https:\/\//);
      expect(target(signpost).leavesFor).toBe(new URL(href).host);
    }
  });
  test('pages of this site and other numbers are linked as they are', () => {
    for (const signpost of signposts.filter(({ page }) => page)) expect(target(signpost)).toEqual({ href: routes[signpost.page!] });
    for (const signpost of signposts.filter(({ url }) => url?.startsWith('tel:'))) expect(target(signpost)).toEqual({ href: signpost.url });
  });
  test('an unknown id is reported', () => {
    expect(() => pick(signposts, ['nope'])).toThrow('There is no signpost "nope".');
  });
});

describe('optional facts', () => {
  test('without a complaints page of its own, complaints links go to the surgery website', () => {
    expect(factLinkHref({ ...practice, complaintsUrl: undefined }, 'complaintsUrl')).toBe(practice.website);
    expect(factLinkHref({ ...practice, complaintsUrl: 'https://example.nhs.uk/complaints/' }, 'complaintsUrl')).toBe('https://example.nhs.uk/complaints/');
  });
});
