/**
 * The host files for the real site (built for real) and for a site with 800 generated rules:
 * each host's documented limits, from the one table in src/security/host-files.ts, and what each
 * host makes of its file, read as the host documents it, against the policy.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { HOST_FILE_NAMES, HOST_LIMITS, limitProblems, type HostFileName } from '../../src/security/host-files';
import { builtSite, hostFiles, securityPolicy, type BuiltSite } from '../../src/security/integration';
import { EDITOR_POLICY, FOLDER_POLICIES, responseHeaders, type FolderPolicy, type SitePolicy, headerPolicy } from '../../src/security/policy';
import { withGeneratedRules } from '../fixtures/scaled-site';
import { parseHeadersFile, readAzureConfig, readHeadersFile } from './host-readers';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'guidance-hosts-'));
const dist = path.join(work, 'dist');
const embedOrigin = loadPractice().embedOrigin;

/** The real site, built as hosts build it, and the host files the build wrote. */
let real: BuiltSite;
let written: Record<HostFileName, string>;

beforeAll(async () => {
  await run('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  real = builtSite(dist);
  written = Object.fromEntries(Object.values(HOST_FILE_NAMES).map((name) => [name, readFileSync(path.join(dist, name), 'utf8')])) as Record<HostFileName, string>;
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sites the limits must hold for: the real one, and 800 rules as the bench generates them. */
function site(name: 'real' | '800 rules'): { built: BuiltSite; files: Record<HostFileName, string> } {
  if (name === 'real') return { built: real, files: written };
  const built = withGeneratedRules(real, 800);
  return { built, files: hostFiles(built, { base: '/', embedOrigin }) };
}

const sitePolicy = (built: BuiltSite, base = '/', folders: readonly FolderPolicy[] = FOLDER_POLICIES): SitePolicy => ({
  csp: headerPolicy(Object.values(built.pagePolicies), embedOrigin),
  base,
  folders,
});

test('the build writes the host files from the policy the pages carry', () => {
  expect(written).toEqual(hostFiles(real, { base: '/', embedOrigin }));
  expect(real.urlPaths).toContain('/guidance/phones/');
  expect(real.urlPaths).not.toContain('/_headers');
});

describe.each(['real', '800 rules'] as const)('the %s site', (name) => {
  test.each(HOST_LIMITS)('$host: $file has at most $max $counts ($docs)', (limit) => {
    const text = site(name).files[limit.file];
    expect(limit.count(text), `${limit.file}: ${limit.counts}, see ${limit.docs}`).toBeLessThanOrEqual(limit.max);
  });

  test('Azure gets valid JSON with only the keys Azure documents', () => {
    const config = JSON.parse(site(name).files[HOST_FILE_NAMES.azure]) as Record<string, unknown>;
    // https://learn.microsoft.com/en-us/azure/static-web-apps/configuration
    const documented = ['routes', 'navigationFallback', 'responseOverrides', 'globalHeaders', 'mimeTypes', 'networking', 'forwardingGateway', 'auth', 'platform', 'trailingSlash'];
    const routeKeys = ['route', 'methods', 'rewrite', 'redirect', 'statusCode', 'headers', 'allowedRoles'];
    expect(Object.keys(config).filter((key) => !documented.includes(key))).toEqual([]);
    for (const route of config.routes as Record<string, unknown>[]) {
      expect(Object.keys(route).filter((key) => !routeKeys.includes(key)), JSON.stringify(route)).toEqual([]);
      expect(Object.values(route.headers as object).every((value) => typeof value === 'string')).toBe(true);
    }
  });

  test('every host sends each file exactly the headers the policy gives it, and no header twice', () => {
    const { built, files } = site(name);
    const policy = sitePolicy(built);
    const azure = JSON.parse(files[HOST_FILE_NAMES.azure]);
    for (const urlPath of built.urlPaths) {
      const expected = responseHeaders(urlPath, policy);
      for (const host of ['netlify', 'cloudflare'] as const) {
        const answer = readHeadersFile(files[HOST_FILE_NAMES.netlify], urlPath, host);
        expect(answer.twice, `${host} ${urlPath}`).toEqual([]);
        expect(answer.headers, `${host} ${urlPath}`).toEqual(expected);
      }
      expect(readAzureConfig(azure, urlPath).headers, `azure ${urlPath}`).toEqual(expected);
    }
    // An address that does not exist still gets one value of each header.
    expect(readHeadersFile(files[HOST_FILE_NAMES.netlify], '/definitely-missing/', 'netlify').twice).toEqual([]);
  });
});

test('the host files do not grow with the number of rules', () => {
  const sizes = (files: Record<HostFileName, string>) => Object.fromEntries(Object.entries(files).map(([file, text]) => [file, Buffer.byteLength(text)]));
  const realSizes = sizes(site('real').files);
  console.log('Host files in bytes, the real site and 800 rules:', realSizes, sizes(site('800 rules').files));
  expect(sizes(site('800 rules').files)).toEqual(realSizes);
});

describe('a folder with a policy of its own (a browser editor at /admin/)', () => {
  const admin = EDITOR_POLICY;
  // The real build has the editor: the site without it is the one to compare with.
  const withAdmin = (): BuiltSite => real;
  const withoutAdmin = (): BuiltSite => ({ urlPaths: real.urlPaths.filter((urlPath) => !urlPath.startsWith(admin.folder)), pagePolicies: real.pagePolicies });

  test('is one more rule in each host file, inside every limit', () => {
    const before = hostFiles(withoutAdmin(), { base: '/', embedOrigin, folders: [] });
    const after = hostFiles(withAdmin(), { base: '/', embedOrigin, folders: [admin] });
    expect(parseHeadersFile(after[HOST_FILE_NAMES.netlify])).toHaveLength(parseHeadersFile(before[HOST_FILE_NAMES.netlify]).length + 1);
    expect(JSON.parse(after[HOST_FILE_NAMES.azure]).routes).toHaveLength(JSON.parse(before[HOST_FILE_NAMES.azure]).routes.length + 1);
    expect(after[HOST_FILE_NAMES.nginx]).toContain('location ^~ /admin/ {');
    expect(limitProblems(after)).toEqual([]);
  });

  test('gives its pages the API origin, and no other page', () => {
    const files = hostFiles(withAdmin(), { base: '/', embedOrigin, folders: [admin] });
    const policy = sitePolicy(withAdmin(), '/', [admin]);
    const azure = JSON.parse(files[HOST_FILE_NAMES.azure]);
    for (const urlPath of ['/admin/', '/admin/decap-cms.js', '/admin/config.yml', '/guidance/phones/']) {
      const expected = responseHeaders(urlPath, policy);
      expect(readHeadersFile(files[HOST_FILE_NAMES.netlify], urlPath, 'cloudflare')).toEqual({ headers: expected, twice: [] });
      expect(readHeadersFile(files[HOST_FILE_NAMES.netlify], urlPath, 'netlify')).toEqual({ headers: expected, twice: [] });
      expect(readAzureConfig(azure, urlPath).headers).toEqual(expected);
    }
    const adminPolicy = responseHeaders('/admin/', policy)['Content-Security-Policy']!;
    expect(adminPolicy).toMatch(/connect-src 'self' https:\/\/api\.github\.com;/);
    expect(adminPolicy).toMatch(/frame-ancestors 'none'$/);
    // The editor's needs stay in its folder: no page patients see gets eval, inline styles or GitHub.
    for (const urlPath of ['/', '/guidance/phones/', '/search/']) {
      const sitePolicy = responseHeaders(urlPath, policy)['Content-Security-Policy']!;
      expect(sitePolicy).not.toMatch(/api\.github\.com|'unsafe-eval'|'unsafe-inline'/);
    }
    // Decap's own script is part of the editor: it gets the editor's headers, as its page does.
    expect(responseHeaders('/admin/decap-cms.js', policy)).toEqual(responseHeaders('/admin/', policy));
  });
});

test('in a folder of another website, every host keeps to the folder', () => {
  const base = '/policies/social-media/';
  const inFolder: BuiltSite = {
    urlPaths: real.urlPaths.map((urlPath) => `${base}${urlPath.slice(1)}`),
    pagePolicies: Object.fromEntries(Object.entries(real.pagePolicies).map(([urlPath, csp]) => [`${base}${urlPath.slice(1)}`, csp])),
  };
  const files = hostFiles(inFolder, { base, embedOrigin });
  const policy = sitePolicy(inFolder, base);
  const azure = JSON.parse(files[HOST_FILE_NAMES.azure]);
  for (const urlPath of inFolder.urlPaths) {
    expect(readHeadersFile(files[HOST_FILE_NAMES.netlify], urlPath, 'netlify')).toEqual({ headers: responseHeaders(urlPath, policy), twice: [] });
    expect(readAzureConfig(azure, urlPath).headers).toEqual(responseHeaders(urlPath, policy));
  }
  expect(readHeadersFile(files[HOST_FILE_NAMES.netlify], '/other-page/', 'cloudflare').headers).toEqual({});
  expect(responseHeaders(`${base}`, policy)['Strict-Transport-Security']).toBe('max-age=63072000');
  expect(files[HOST_FILE_NAMES.nginx]).toMatch(/^location \^~ \/policies\/social-media\/ \{$/m);
  expect(files[HOST_FILE_NAMES.nginx]).not.toMatch(/^(location \/ |error_page)/m);
  expect(files[HOST_FILE_NAMES.nginx]).toContain('    error_page 404 /policies/social-media/404.html;');
});

test('nginx: every location repeats the security headers, and the host files are hidden', () => {
  const snippet = written[HOST_FILE_NAMES.nginx];
  const blocks = snippet.split(/^location /m).slice(1).filter((block) => block.includes('{\n'));
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  for (const block of blocks) expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  expect(snippet).toMatch(/location ~\* \\.html\$ \{[^}]*Content-Security-Policy "default-src 'self';[^}]*frame-ancestors/);
  expect(snippet).toContain('_headers|staticwebapp\\.config\\.json|_nginx-headers\\.conf');
  expect(snippet).toContain('error_page 404 /404.html;');
});

test('a host file over a host’s limit stops the build, names the limit and leaves no site behind', async () => {
  const outDir = path.join(work, 'too-many');
  // 120 folders of pages at the top of the site: one _headers rule each, past Cloudflare's 100
  // (with the rule for every response and the editor's folder, 122).
  for (let index = 0; index < 120; index++) {
    mkdirSync(path.join(outDir, `topic-${index}`), { recursive: true });
    writeFileSync(path.join(outDir, `topic-${index}`, 'index.html'), `<meta http-equiv="content-security-policy" content="default-src 'self'">`);
  }
  const hooks = securityPolicy().hooks;
  hooks['astro:config:done']!({ config: { base: '/' } } as never);
  const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
  await expect(async () => hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger } as never)).rejects.toThrow(
    /Nothing was built\.\n {2}- _headers has 122 header rules; Cloudflare Pages reads at most 100 \(https:\/\/developers\.cloudflare\.com\/pages\/configuration\/headers\/\)\./,
  );
  expect(existsSync(outDir)).toBe(false);
});
