/**
 * `npm run dev`, as EDITING.md offers it ("a preview that updates while you type"), in a copy of
 * the project: every content file is live. A page left open reloads by itself with the change,
 * and a content mistake shows the build's own message on the page until it is fixed.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, type YAMLSeq } from 'yaml';
import { testPorts } from '../../scripts/test-ports.mjs';
import { telHref } from '../../src/lib/content/practice-facts';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { command, section, spanMatching, step } from '../editing-guide';
import { anotherPhone } from '../practice-facts';
import { ProjectCopy, type RunningCommand } from '../project-copy';
import { changes, clauses, practice } from '../site-content';

/** How soon a saved change must show: "within a few seconds", with room for a busy machine. */
const LIVE_WITHIN_MS = 10_000;

const NEW_PHONE = anotherPhone(practice);

/** The rule whose files the test edits: the first. */
const rule = clauses[0]!;

/** The dev command, from the guide's "Preview the site": "For a preview that updates while you type, run `npm run dev`". */
function devCommand(): string {
  const paragraph = section('Preview the site').text.split('\n\n').find((text) => /updates while you type/.test(text));
  if (!paragraph) throw new Error('"Preview the site" in EDITING.md no longer offers a preview that updates while you type.');
  return command(paragraph);
}

test.describe('npm run dev: a live preview of every content file', () => {
  test.describe.configure({ mode: 'serial' });
  let copy: ProjectCopy;
  let dev: RunningCommand;
  let site: string;
  const timings: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    copy = ProjectCopy.make();
    dev = copy.start(`${devCommand()} -- --port ${testPorts().livePreview}`);
    site = (await dev.waitFor(/Local\s+(http:\/\/\S+\/)/, 150_000))[1]!;
  });

  test.afterAll(async () => {
    await dev?.stop();
    copy?.remove();
    if (timings.length > 0) console.log(`Live preview, from saving a file to the open page showing it:\n${timings.map((line) => `  ${line}`).join('\n')}`);
  });

  /** Opens a page of the preview, saves an edit, and waits for the open page to show it by itself. */
  async function showsLive(page: Page, path: string, what: string, edit: () => void, shown: string): Promise<void> {
    // On a fresh copy Vite may reload the page once while it prepares its dependencies.
    await expect(async () => {
      await page.goto(new URL(path.slice(1), site).href);
      await expect(page.getByRole('main')).toBeVisible();
    }).toPass({ timeout: 60_000 });
    await expect(page.getByText(shown).first()).toBeHidden();
    const saved = Date.now();
    edit();
    await expect(page.getByText(shown).first()).toBeVisible({ timeout: LIVE_WITHIN_MS });
    timings.push(`${what}: ${((Date.now() - saved) / 1000).toFixed(1)} s`);
  }

  test('a new phone number in content/practice.yaml shows on the contact page, and its call links use it', async ({ page }) => {
    test.setTimeout(120_000);
    // The guide's "Change the phone number": find the line that starts `phone:`, write the new number.
    const key = spanMatching(step(section('Change the phone number'), 2), /:$/);
    await showsLive(page, routes.contact, 'content/practice.yaml (phone)', () => copy.replaceLine('content/practice.yaml', key, `${key} ${NEW_PHONE}`), NEW_PHONE);
    await expect(page.getByText(practice.phone)).toHaveCount(0);
    const calls = await page.locator('a[href^="tel:+44"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls)).toEqual(new Set([telHref(NEW_PHONE)]));
  });

  test('new words in a rule’s file show on its page', async ({ page }) => {
    test.setTimeout(120_000);
    const sentence = 'We read every message that comes to the surgery.';
    const file = `content/${rule.file.split('/').slice(-2).join('/')}`;
    await showsLive(page, routes.clause(rule.slug), `${file} (the rule's words)`, () => copy.write(file, `${copy.read(file).trimEnd()}\n\n${sentence}\n`), sentence);
  });

  test('content/signposts.yaml, content/changelog.yaml, the staff kit and the Easy Read words are live too', async ({ page }) => {
    test.setTimeout(180_000);
    const task = 'Tell us what you think of the preview';
    await showsLive(page, routes.contact, 'content/signposts.yaml', () => editYaml('content/signposts.yaml', ['tasks', 0, 'title'], task), task);

    const change = 'We checked the live preview of this page.';
    await showsLive(page, routes.whatChanged, 'content/changelog.yaml', () => {
      const document = parseDocument(copy.read('content/changelog.yaml'));
      (document.get('changes') as YAMLSeq).items.unshift(document.createNode({ date: changes[0]!.date, summary: change }));
      copy.write('content/changelog.yaml', document.toString());
    }, change);

    const reply = 'Thank you for your comment. We read every comment on our page.';
    await showsLive(page, routes.staff, 'content/staff/replies', () => editYaml(replyFile(), ['replies', 0, 'text'], `${reply} Our rule "{rule}" is here. {link}`), reply);

    const easyRead = easyReadRule();
    const words = 'Ask us at the front desk.';
    await showsLive(page, routes.easyReadRule(easyRead.slug), 'content/easy-read/signposts.yaml', () => editYaml('content/easy-read/signposts.yaml', [easyRead.signpost, 'text'], words), words);
  });

  test('a mistake shows the build’s message on the page, naming the file and the line; fixing it brings the page back', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(new URL(routes.contact.slice(1), site).href);
    const facts = copy.read('content/practice.yaml');
    const key = spanMatching(step(section('Change the phone number'), 2), /:$/);
    copy.replaceLine('content/practice.yaml', key, `${key} ${NEW_PHONE} ext 2`);
    const heading = page.getByRole('heading', { level: 1, name: t.livePreview.problem(1) });
    await expect(heading).toBeVisible({ timeout: LIVE_WITHIN_MS });
    await expect(page.getByRole('listitem')).toHaveText([/^content[/\\]practice\.yaml, line \d+: the field "phone" has an extension\./]);
    expect(dev.output()).toMatch(/content[/\\]practice\.yaml, line \d+: the field "phone" has an extension\./);

    copy.write('content/practice.yaml', facts);
    await expect(page.getByRole('heading', { level: 1, name: t.contact.title })).toBeVisible({ timeout: LIVE_WITHIN_MS });
    await expect(page.getByText(NEW_PHONE).first()).toBeVisible();
  });

  function editYaml(file: string, at: (string | number)[], value: string): void {
    const document = parseDocument(copy.read(file));
    document.setIn(at, value);
    copy.write(file, document.toString());
  }

  /** The staff kit's replies for the rule the test edits. */
  function replyFile(): string {
    const folder = 'content/staff/replies';
    const name = readdirSync(copy.path(folder)).find((file) => new RegExp(`^rule: ${rule.slug}$`, 'm').test(copy.read(folder, file)));
    if (!name) throw new Error(`No file in ${folder} has the replies for the rule ${rule.slug}.`);
    return `${folder}/${name}`;
  }

  /** A rule with an Easy Read page, and the first signpost that page shows. */
  function easyReadRule(): { slug: string; signpost: string } {
    const folder = 'content/easy-read';
    for (const name of readdirSync(copy.path(folder))) {
      const slug = /^rule:\s*(\S+)/m.exec(copy.read(folder, name))?.[1];
      const signpost = clauses.find((clause) => clause.slug === slug)?.signposts[0];
      if (slug && signpost) return { slug, signpost };
    }
    throw new Error(`No rule has an Easy Read page in ${folder}.`);
  }
});
