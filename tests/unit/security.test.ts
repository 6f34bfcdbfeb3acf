import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { checkReview, guidanceContent } from '../../src/integrations/guidance-content';
import { cspHash, fileKind, frameAncestors, headerPolicy } from '../../src/security/policy';
import { securityTxt } from '../../src/lib/security-txt';
import { badContent, brokenCopy, removeCopies } from '../fixtures/bad-content';

afterEach(removeCopies);

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

describe.each(badContent)('the build with bad content ($name)', (badCase) => {
  test('stops before building and leaves no site behind', () => {
    const content = brokenCopy(badCase);
    const outDir = path.join(path.dirname(content), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'an old build');
    const previous = process.env.GUIDANCE_CONTENT_DIR;
    process.env.GUIDANCE_CONTENT_DIR = content;
    try {
      const setup = guidanceContent().hooks['astro:config:setup']!;
      const run = () =>
        setup({
          config: { outDir: pathToFileURL(`${outDir}/`) },
          command: 'build',
          logger: { warn: () => undefined } as unknown as AstroIntegrationLogger,
          updateConfig: () => undefined,
        } as never);
      expect(run).toThrow(badCase.expect);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.GUIDANCE_CONTENT_DIR;
      else process.env.GUIDANCE_CONTENT_DIR = previous;
    }
  });
});

describe('review dates at build time', () => {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  afterEach(() => void warnings.splice(0));

  test('a current review says nothing', () => {
    checkReview('2027-11-23', {}, logger, '2026-11-23');
    expect(warnings).toEqual([]);
  });
  test('a review due within 30 days warns', () => {
    checkReview('2026-12-10', {}, logger, '2026-11-23');
    expect(warnings).toEqual([expect.stringContaining('Plan the review now.')]);
  });
  test('an overdue review warns, and stops the build when CI asks', () => {
    checkReview('2026-11-01', {}, logger, '2026-11-23');
    expect(warnings).toEqual([expect.stringContaining('The review is overdue: it was due on 1 November 2026, 22 days ago.')]);
    expect(() => checkReview('2026-11-01', { REVIEW_STRICT: '1' }, logger, '2026-11-23')).toThrow(/overdue.*REVIEW_STRICT=1 stops the build/s);
  });
});
