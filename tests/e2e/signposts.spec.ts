import { expect, test } from '@playwright/test';
import { factLinkHref } from '../../src/lib/content/fact-links';
import { pick } from '../../src/lib/content/signposts';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { clauses, everyday, practice, signpostLink, signposts, tasks } from '../site-content';
import { allPages } from './site';

test('every link on every page is well formed, and other sites are on the allow-list', async ({ page, baseURL }) => {
  const problems: string[] = [];
  for (const path of allPages()) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      const bad =
        href.startsWith('tel:') ? !/^tel:(\+44\d{10}|\d{3})$/.test(href)
        : href.startsWith('mailto:') ? !/^mailto:[^\s@?]+@[^\s@?]+\.[a-z]{2,}$/.test(href)
        : /^[a-z]+:/i.test(href) ? !(href.startsWith('https://') && practice.linkHosts.includes(new URL(href).host)) && !href.startsWith(baseURL!)
        : false;
      if (bad) problems.push(`${path}: ${href}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the phone number and email address are links with the facts’ values', async ({ page }) => {
  await page.goto(routes.contact);
  for (const fact of ['phone', 'email'] as const) {
    const signpost = signposts.find((candidate) => candidate.fact === fact);
    if (!signpost) continue;
    const { name, href } = signpostLink(signpost.id);
    await expect(page.getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', href);
  }
});

for (const clause of clauses) {
  test(`rule ${clause.number} shows its signposts as cards`, async ({ page }) => {
    await page.goto(routes.clause(clause.slug));
    const section = page.getByRole('region', { name: t.clause.relatedHeading });
    expect(clause.signposts.length).toBeGreaterThan(0);
    for (const signpost of pick(signposts, clause.signposts)) {
      await expect(section.getByRole('heading', { level: 3, name: signpost.channel, exact: true })).toBeVisible();
      await expect(section.getByRole('link', { name: signpostLink(signpost.id).name, exact: true }).first()).toBeVisible();
    }
  });
}

test('only starting a digital service gets an action link', async ({ page }) => {
  await page.goto(routes.contact);
  const actionTexts = (await page.locator('a.action-link').allInnerTexts()).map((text) => text.trim());
  const actions = tasks.flatMap((task) => pick(signposts, task.signposts)).filter((signpost) => signpost.action);
  expect(new Set(actionTexts)).toEqual(new Set(actions.map((signpost) => signpost.linkText)));
});

test('the contact page offers every task, each with its ways to do it', async ({ page }) => {
  await page.goto(routes.contact);
  for (const task of tasks) {
    const section = page.getByRole('region', { name: task.title });
    await expect(section).toBeVisible();
    if (task.intro) await expect(section).toContainText(task.intro);
    if (task.note) await expect(section).toContainText(task.note);
    if (task.generalNhsAdvice) await expect(section).toContainText(t.contact.generalAdvice);
    for (const id of task.signposts) {
      const { name, href } = signpostLink(id);
      const link = section.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      if (!href.startsWith('/')) await expect(link).toHaveAttribute('href', href);
    }
  }
});

for (const path of allPages()) {
  test(`from ${path}, every task is two taps away`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.contact }).click(); // tap 1
    for (const task of tasks) {
      const section = page.getByRole('region', { name: task.title });
      await expect(section.getByRole('link', { name: signpostLink(task.signposts[0]!).name, exact: true })).toBeVisible(); // tap 2
    }
  });
}

test('the footer of every page has the everyday ways to contact us, complaints and the accessibility statement', async ({ page }) => {
  for (const path of allPages()) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    for (const id of everyday) {
      const { name, href } = signpostLink(id);
      await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expect(footer.getByRole('link', { name: t.footer.complaints })).toHaveAttribute('href', factLinkHref(practice, 'complaintsUrl')!);
    await expect(footer.getByRole('link', { name: t.footer.accessibility })).toBeVisible();
  }
});
