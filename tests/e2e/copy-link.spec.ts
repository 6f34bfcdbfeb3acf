import { expect, test } from '@playwright/test';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { clauses } from '../site-content';
import { sitemapLocs } from './site';

/** The last rule: a rule page, whatever the practice's rules are. */
const RULE = routes.clause(clauses.at(-1)!.slug);
const ruleUrl = () => sitemapLocs().find((loc) => new URL(loc).pathname === RULE)!;

test('a rule page shows its full link as text, which works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(RULE);
  await expect(page.getByText(`${t.clause.linkLabel} ${ruleUrl()}`)).toBeVisible();
  await expect(page.getByRole('button', { name: t.clause.copyLink })).toBeHidden();
  await context.close();
});

test('with JavaScript, "Copy link to this rule" copies the rule’s address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(RULE);
  await page.getByRole('button', { name: t.clause.copyLink }).click();
  await expect(page.getByRole('status')).toHaveText(t.clause.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ruleUrl());
});

test('when printed, a rule page has no navigation or button, and links show where they go', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(RULE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Rules' })).toBeHidden();
  await expect(page.getByRole('button')).toBeHidden();
  const related = page.getByRole('link', { name: t.nav.feedback }).first();
  const after = await related.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe(`" (${new URL(ruleUrl()).host}${routes.feedback})"`);
});
