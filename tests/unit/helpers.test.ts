import { describe, expect, test } from 'vitest';
import { byNumber, neighbours } from '../../src/lib/clauses';
import { formatDate } from '../../src/lib/dates';
import { loadPractice, onlineFormHref, telHref } from '../../src/lib/practice-facts';
import { POSTER_MAX_RULES, posterLines } from '../../src/lib/poster';
import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE, qrSvg } from '../../src/lib/qr-code';
import { absoluteUrl, routes, shareImageName, shortAddress, withBase } from '../../src/lib/routes';
import { SHARE_IMAGE, shareImagePng } from '../../src/lib/share-image';
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

describe('the short address on the poster', () => {
  test('drops https:// and the trailing slash', () => {
    expect(shortAddress('https://guidance.example.nhs.uk/')).toBe('guidance.example.nhs.uk');
  });
  test('keeps a path, for a site served under a folder', () => {
    expect(shortAddress('https://pioneermedicalgroup.nhs.uk/social-media/')).toBe('pioneermedicalgroup.nhs.uk/social-media');
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
  test('take up to eight lines', () => {
    expect(posterLines(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
    const eight = Array.from({ length: POSTER_MAX_RULES }, (_, i) => `Rule ${i + 1}`);
    expect(posterLines(eight)).toEqual({ shown: eight, more: 0 });
  });
  test('with more rules, show seven and say how many more, so the poster stays on one sheet', () => {
    const nine = Array.from({ length: POSTER_MAX_RULES + 1 }, (_, i) => `Rule ${i + 1}`);
    expect(posterLines(nine)).toEqual({ shown: nine.slice(0, 7), more: 2 });
  });
});

describe('share images', () => {
  test('are named after the page address', () => {
    expect(shareImageName('/')).toBe('home');
    expect(shareImageName('/guidance/reviews/')).toBe('guidance-reviews');
    expect(routes.shareImage('/accessibility/')).toBe('/share/accessibility.png');
  });
  test('are 1200 by 630 PNGs, the same every build', async () => {
    const card = { practiceName: 'Pioneer Medical Group', serviceName: 'Social media guidance', title: 'Rule 5: Leave reviews on the NHS website' };
    const png = Buffer.from(await shareImagePng(card));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(Buffer.from(await shareImagePng(card)).equals(png)).toBe(true);
  });
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
