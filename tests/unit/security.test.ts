import { describe, expect, test } from 'vitest';
import { cspHash, fileKind, frameAncestors, headerPolicy } from '../../src/security/policy';
import { securityTxt } from '../../src/lib/site/security-txt';

describe('the header policy', () => {
  const pages = [
    "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'",
    "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s'",
  ];
  test('keeps every source any page needs, once, and forbids framing', () => {
    expect(headerPolicy(pages)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
  });
  test('lets the surgery website frame the site when it is set', () => {
    expect(frameAncestors('https://pioneermedicalgroup.nhs.uk')).toBe("frame-ancestors 'self' https://pioneermedicalgroup.nhs.uk");
  });
  test('hashes inline code as browsers do', () => {
    expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=');
  });
  test('knows a page, a hashed file and any other file by its address', () => {
    expect(['/', '/guidance/phones/', '/404.html', '/_astro/x.1a2b.js', '/pagefind/pagefind.js'].map((url) => fileKind(url))).toEqual([
      'page',
      'page',
      'page',
      'hashed',
      'file',
    ]);
    expect(fileKind('/policies/social-media/_astro/x.js', '/policies/social-media/')).toBe('hashed');
  });
});

test('security.txt has a contact and expires in under a year', () => {
  const text = securityTxt({ email: 'a@nhs.net', site: 'https://x.nhs.uk/', now: new Date('2026-11-23T10:00:00Z') });
  expect(text).toBe(
    'Contact: mailto:a@nhs.net\nExpires: 2027-05-22T00:00:00.000Z\nPreferred-Languages: en\nCanonical: https://x.nhs.uk/.well-known/security.txt\n',
  );
});
