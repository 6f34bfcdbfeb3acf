import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { contentDir } from '../../src/lib/content/content-dir';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { readMdxFolder } from '../../src/lib/content/validate-content';
import { builtSite } from '../../src/security/integration';
import { FOLDER_POLICIES, frameAncestors, headerPolicy, responseHeaders, type SitePolicy } from '../../src/security/policy';
import { t } from '../../src/strings/en';
import { allPages, SEARCH_PATH } from './site';

/** The policy the build wrote for hosts, read back from dist/: what every server must send. */
export function builtPolicy(): SitePolicy {
  const csp = headerPolicy(Object.values(builtSite('dist').pagePolicies), loadPractice().embedOrigin);
  return { csp, base: '/', folders: FOLDER_POLICIES };
}

/**
 * Checks a page's response headers: exactly what the policy gives the address, one value each,
 * and a strict policy whatever the policy module says.
 */
export function expectPageHeaders(headers: { name: string; value: string }[], path: string, policy: SitePolicy): void {
  const sent = (name: string) => headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map(({ value }) => value);
  for (const [name, value] of Object.entries(responseHeaders(path, policy))) expect(sent(name), `${path}: ${name}`).toEqual([value]);
  const csp = sent('content-security-policy').join();
  expect(csp, path).toContain("default-src 'self'");
  expect(csp, path).toContain(frameAncestors(loadPractice().embedOrigin));
  expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
  expect(csp, path).not.toContain('unsafe-inline');
  expect(sent('strict-transport-security').join(), path).toMatch(/max-age=\d{8}/);
}

/** Records every Content-Security-Policy violation a page reports. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

/** A word a patient would search for, from the practice's own first rule: its longest title word. */
function searchWord(): string {
  const problems: string[] = [];
  const [first] = readMdxFolder(path.join(contentDir(), 'clauses'), problems);
  const title = (first?.data as { title?: string } | undefined)?.title ?? '';
  return title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}

/** Searches on the search page and waits for the results to be counted. */
async function searchFor(page: Page, word: string): Promise<void> {
  await page.getByRole('main').getByRole('searchbox', { name: t.search.label }).fill(word);
  const [one, many] = [t.search.client.one, t.search.client.many].map((text) => text.replace('{query}', word).replace('{count}', '\\d+'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(new RegExp(`^(${one}|${many})$`));
}

/** Opens every page, then searches, and returns every policy violation the browser reported. */
export async function violationsWhileBrowsing(page: Page): Promise<string[]> {
  const violations = await watchForViolations(page);
  for (const path of allPages()) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto(SEARCH_PATH);
  await searchFor(page, searchWord());
  return violations;
}
