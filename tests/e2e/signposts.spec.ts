import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { loadPractice } from '../../src/lib/practice-facts';
import { loadSignposts, pick } from '../../src/lib/signposts';
import { allPages } from './site';

const practice = loadPractice();
const { signposts, tasks } = loadSignposts();

/** Each rule's number, address and signpost ids, read from its front matter. */
const clauses = readdirSync('content/clauses')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => parse(readFileSync(`content/clauses/${name}`, 'utf8').split('---')[1]!) as { number: number; slug: string; signposts: string[] });

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

test('the phone number is a tel: link with its digits, shown spaced', async ({ page }) => {
  await page.goto('/contact/');
  const call = page.getByRole('link', { name: 'Call the surgery on 0117 959 1919' }).first();
  await expect(call).toHaveAttribute('href', 'tel:+441179591919');
  await expect(page.getByRole('link', { name: 'Email the surgery at bnssg.pmg@nhs.net' }).first()).toHaveAttribute(
    'href',
    'mailto:bnssg.pmg@nhs.net',
  );
});

for (const clause of clauses) {
  test(`rule ${clause.number} shows its signposts as cards`, async ({ page }) => {
    await page.goto(`/guidance/${clause.slug}/`);
    const section = page.getByRole('region', { name: 'What to do instead' });
    expect(clause.signposts.length).toBeGreaterThan(0);
    for (const signpost of pick(signposts, clause.signposts)) {
      await expect(section.getByRole('heading', { level: 3, name: signpost.channel, exact: true })).toBeVisible();
      await expect(section.getByRole('link', { name: signpost.linkText }).first()).toBeVisible();
    }
  });
}

test('the rules point to the routes the guidance names', () => {
  const of = (n: number) => clauses.find((clause) => clause.number === n)!.signposts;
  expect(of(3)).toEqual(expect.arrayContaining(['online-form', 'nhs-app', 'email', 'phone']));
  expect(of(5)).toContain('nhs-review');
  expect(of(7)).toEqual(expect.arrayContaining(['complaints', 'bma-guidance']));
  expect(of(8)).toEqual(expect.arrayContaining(['complaints', 'bma-guidance']));
});

test('only starting a digital service gets an action link', async ({ page }) => {
  await page.goto('/contact/');
  const actionTexts = await page.locator('a.action-link').allInnerTexts();
  const allowed = signposts.filter((signpost) => signpost.action).map((signpost) => signpost.linkText);
  expect(actionTexts.length).toBeGreaterThan(0);
  for (const text of actionTexts) expect(allowed).toContain(text.trim());
  expect(allowed).toEqual(expect.arrayContaining(['Use the online form on our website', 'Use the NHS App']));
});

const TASKS = [
  { heading: 'Book, change or cancel an appointment', links: ['Use the online form on our website', 'Use the NHS App', 'Call the surgery on 0117 959 1919'] },
  {
    heading: 'Ask a question, send medical information or contact a member of staff',
    links: ['Use the online form on our website', 'Use the NHS App', 'Email the surgery at bnssg.pmg@nhs.net', 'Call the surgery on 0117 959 1919'],
  },
  { heading: 'Leave a review', links: ['Leave a review on the NHS website'] },
  { heading: 'Make a complaint or raise a concern', links: ['Make a complaint using our complaints procedure', 'How to complain to the NHS'] },
  { heading: 'Report a post on our Facebook page that breaks these rules', links: ['Email the surgery at bnssg.pmg@nhs.net'] },
  { heading: 'Get urgent or emergency help', links: ['Get help from NHS 111 online', 'Call 111', 'Call 999'] },
];

test('the contact page offers every task, each with its ways to do it', async ({ page }) => {
  await page.goto('/contact/');
  expect(tasks.map((task) => task.title)).toEqual(TASKS.map((task) => task.heading));
  for (const { heading, links } of TASKS) {
    const section = page.getByRole('region', { name: heading });
    for (const name of links) await expect(section.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const urgent = page.getByRole('region', { name: 'Get urgent or emergency help' });
  await expect(urgent).toContainText('This is general NHS advice. It is not part of our surgery’s guidance.');
  await expect(urgent).toContainText('Never use social media or email for urgent medical help.');
  await expect(urgent.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('region', { name: 'Leave a review' })).toContainText('must not name staff, and they are not a complaint');
  await expect(page.getByRole('region', { name: /Report a post/ })).toContainText('delete posts on our Facebook page');
});

for (const path of allPages()) {
  test(`from ${path}, every task is two taps away`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact us' }).click(); // tap 1
    for (const { heading, links } of TASKS) {
      const section = page.getByRole('region', { name: heading });
      await expect(section.getByRole('link', { name: links[0], exact: true })).toBeVisible(); // tap 2
    }
  });
}

test('the footer of every page has the phone, email, online form, complaints and accessibility statement', async ({ page }) => {
  for (const path of allPages()) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Call the surgery on 0117 959 1919' })).toHaveAttribute('href', 'tel:+441179591919');
    await expect(footer.getByRole('link', { name: 'Email the surgery at bnssg.pmg@nhs.net' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Use the online form on our website' })).toHaveAttribute('href', practice.website);
    await expect(footer.getByRole('link', { name: 'Complaints procedure' })).toHaveAttribute('href', practice.complaintsUrl);
    await expect(footer.getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
  }
});
