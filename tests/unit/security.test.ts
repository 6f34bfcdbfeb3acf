import { describe, expect, test } from 'vitest';
import { azureConfig, headerPolicy, headerRules, netlifyHeaders, nginxSnippet } from '../../src/lib/host-headers';
import { cspHash, frameAncestors } from '../../src/lib/security';
import { securityTxt } from '../../src/lib/security-txt';

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
});

describe('host header files', () => {
  const rules = headerRules({ policy: "default-src 'self'", pages: ['/', '/guidance/phones/'], base: '/' });

  test('give every address exactly one Cache-Control', () => {
    for (const address of ['/', '/guidance/phones/', '/404.html', '/_astro/*', '/pagefind/*', '/share/*']) {
      const matching = rules.filter(({ pattern }) =>
        pattern.endsWith('*') ? address.startsWith(pattern.slice(0, -1)) : pattern === address,
      );
      expect(matching.filter(({ headers }) => 'Cache-Control' in headers), address).toHaveLength(1);
    }
  });
  test('_headers lists each pattern and its headers', () => {
    const text = netlifyHeaders(rules);
    expect(text).toMatch(/^\/\*\n {2}Strict-Transport-Security: max-age=63072000; includeSubDomains$/m);
    expect(text).toMatch(/^\/guidance\/phones\/\n  Content-Security-Policy: default-src 'self'\n(  .+\n)*  Cache-Control: public, max-age=300, must-revalidate$/m);
  });
  test('Azure gets global headers, routes, the 404 page and Pagefind’s file types', () => {
    const config = azureConfig(rules, '/') as Record<string, Record<string, unknown>>;
    expect(config.globalHeaders).toHaveProperty('X-Content-Type-Options', 'nosniff');
    expect(config.responseOverrides).toEqual({ '404': { rewrite: '/404.html' } });
    expect(config.mimeTypes).toHaveProperty('.pf_fragment');
  });
  test('nginx repeats the security headers in every location, and hides the host files', () => {
    const snippet = nginxSnippet(rules, '/');
    const locations = snippet.split('location ').slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const block of locations.filter((b) => b.includes('{\n'))) expect(block).toContain('X-Content-Type-Options');
    expect(snippet).toMatch(/location ~\* \\.html\$ \{[^}]*Permissions-Policy/);
    expect(snippet).toContain('_headers|staticwebapp\\.config\\.json|_nginx-headers\\.conf');
    expect(snippet).toContain('error_page 404 /404.html;');
  });
  test('in a folder of another website, nginx and HSTS keep to the folder', () => {
    const base = '/policies/social-media/';
    const inFolder = headerRules({ policy: "default-src 'self'", pages: [`${base}`], base });
    const snippet = nginxSnippet(inFolder, base);
    expect(snippet).toMatch(/^location \^~ \/policies\/social-media\/ \{$/m);
    expect(snippet).not.toMatch(/^location \/ \{$/m);
    expect(snippet).not.toMatch(/^error_page/m);
    expect(snippet).toContain('    error_page 404 /policies/social-media/404.html;');
    expect(snippet).toContain('    location ~* \\.html$ {');
    expect(inFolder[0]!.headers['Strict-Transport-Security']).toBe('max-age=63072000');
    expect(rules[0]!.headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });
  test('a base path goes in front of every pattern', () => {
    expect(headerRules({ policy: 'x', pages: ['/'], base: '/policies/social-media/' }).map(({ pattern }) => pattern)).toContain(
      '/policies/social-media/_astro/*',
    );
  });
});

test('security.txt has a contact and expires in under a year', () => {
  const text = securityTxt({ email: 'a@nhs.net', site: 'https://x.nhs.uk/', now: new Date('2026-11-23T10:00:00Z') });
  expect(text).toBe(
    'Contact: mailto:a@nhs.net\nExpires: 2027-05-22T00:00:00.000Z\nPreferred-Languages: en\nCanonical: https://x.nhs.uk/.well-known/security.txt\n',
  );
});
