/**
 * The browser editor at /admin/, used as a practice manager uses it: `npm run editor` in a copy of
 * the project, the editor's own form, its Publish button. Every content file goes through the
 * editor and comes back the same file; a changed phone number reaches the facts file and every
 * page of a rebuild; mistakes are refused with the build's own message, and nothing is saved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { testPorts } from '../../scripts/test-ports.mjs';
import { PRACTICE_FILE } from '../../src/lib/content/practice-facts';
import { EDITOR_FOLDER } from '../../src/lib/editor/editor-folder';
import { t } from '../../src/strings/en';
import { anotherPhone } from '../practice-facts';
import { ProjectCopy, type RunningCommand } from '../project-copy';
import { CONTENT, practice } from '../site-content';

/** A file as the editor knows it: its collection, and its name there. */
interface EditorEntry {
  /** The file, from the top of the project: "content/practice.yaml". */
  file: string;
  collection: string;
  slug: string;
  /** The text the round trip changes: the text below the front matter, or the first text with no check. */
  textLabel: string;
}

interface ConfigField {
  name: string;
  label: string;
  widget: string;
  pattern?: unknown;
  fields?: ConfigField[];
  field?: ConfigField;
}

interface EditorConfig {
  collections: { name: string; folder?: string; extension?: string; files?: { name: string; file: string; fields: ConfigField[] }[]; fields?: ConfigField[] }[];
}

test.describe('the browser editor, with its local backend (npm run editor)', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ actionTimeout: 15_000 });
  let copy: ProjectCopy;
  let editor: RunningCommand;
  let site: string;
  let entries: EditorEntry[];

  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    copy = ProjectCopy.make();
    const { editor: port, editorBackend } = testPorts();
    editor = copy.start(`npm run editor -- --port ${port} --backend-port ${editorBackend}`);
    site = (await editor.waitFor(/Local\s+(http:\/\/\S+\/)/, 150_000))[1]!;
    const config = parse(await (await request.get(new URL(`${EDITOR_FOLDER}/config.yml`, site).href)).text()) as EditorConfig;
    entries = entriesOf(config);
  });

  test.afterAll(async () => {
    await editor?.stop();
    copy?.remove();
  });

  /** Every file the editor can open, from its configuration and the files in the copy. */
  function entriesOf(config: EditorConfig): EditorEntry[] {
    // A letter added to a text with no check but its length (a name, a sentence) leaves the file valid.
    const lengthOnly = (field: ConfigField) => !field.pattern || String((field.pattern as string[])[0]).startsWith('^[\\s\\S]{');
    const plainText = (fields: readonly ConfigField[]): ConfigField | undefined =>
      fields.find((field) => ['string', 'text'].includes(field.widget) && lengthOnly(field)) ??
      fields.map((field) => plainText([...(field.fields ?? []), ...(field.field ? [field.field] : [])])).find(Boolean);
    const textLabel = (fields: ConfigField[] = []) => (fields.find((field) => field.name === 'body') ?? plainText(fields))!.label;
    return config.collections.flatMap((collection) => {
      if (collection.files) return collection.files.map((file) => ({ file: file.file, collection: collection.name, slug: file.name, textLabel: textLabel(file.fields) }));
      return readdirSync(copy.path(collection.folder!))
        .filter((name) => name.endsWith(`.${collection.extension}`))
        .map((name) => ({ file: `${collection.folder}/${name}`, collection: collection.name, slug: path.basename(name, path.extname(name)), textLabel: textLabel(collection.fields) }));
    });
  }

  /** Opens a file in the editor, signed in to the local backend. */
  async function open(page: Page, { collection, slug }: Pick<EditorEntry, 'collection' | 'slug'>): Promise<void> {
    const address = new URL(`${EDITOR_FOLDER}/#/collections/${collection}/entries/${slug}`, site).href;
    // A fresh start, as a person opening the file again: the editor reads the file from disk.
    await page.goto('about:blank');
    await page.goto(address);
    const login = page.getByRole('button', { name: 'Login' });
    const form = page.getByRole('textbox').first();
    await expect(login.or(form)).toBeVisible({ timeout: 30_000 });
    if (await login.isVisible()) {
      // The local backend's sign-in has no password: it is the practice manager's own computer.
      await login.click();
      await page.goto(address);
    }
    await expect(form).toBeVisible({ timeout: 30_000 });
  }

  /** Publishes the open file, as a person does: Publish, then "Publish now". */
  async function publish(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Publish', exact: true }).click({ timeout: 10_000 });
    await page.getByRole('menuitem', { name: 'Publish now' }).click({ timeout: 10_000 });
  }

  /** Publishes, and waits for the editor to say it is done: the file is then written in full. */
  async function publishAndWait(page: Page): Promise<void> {
    await publish(page);
    await expect(page.getByText('Entry saved')).toBeVisible();
  }

  /** Presses a key at the very start of the entry's text that the round trip changes. */
  async function typeAtStart(page: Page, entry: EditorEntry, key: string): Promise<void> {
    const box = page.getByRole('textbox', { name: entry.textLabel, exact: true }).first();
    await box.focus();
    await box.press('ControlOrMeta+Home');
    await box.press(key);
  }

  /** A file of the copy, once the editor has published it: it must pass the check. */
  function saved(file: string, check: (text: string) => boolean, what: string): string {
    const text = copy.read(file);
    expect(check(text), `${file}: ${what}`).toBe(true);
    return text;
  }

  test('every content file is covered, and saved through the editor it is the same file', async ({ page }) => {
    test.setTimeout(600_000);
    // Every file of the content folder is one the editor can open, but the editor's upload folder.
    const onDisk = readdirSync(copy.path('content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(copy.dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    expect(entries.map(({ file }) => file).sort()).toEqual(onDisk);

    for (const entry of entries) {
      await test.step(entry.file, async () => {
        const original = copy.read(entry.file);
        // The editor saves only a change: add a letter to one text and publish (a lowercase letter
        // keeps ids and addresses valid); open the file
        // again, take the letter away and publish.
        await open(page, entry);
        await typeAtStart(page, entry, 'z');
        await publishAndWait(page);
        const changed = saved(entry.file, (text) => text !== original, 'the first save changes the file');
        // The file is the same but for the one letter: its comments, quoting and order are as they were.
        let at = 0;
        while (changed[at] === original[at]) at += 1;
        expect(changed[at], `${entry.file}: what the first save added`).toBe('z');
        expect(changed.slice(0, at) + changed.slice(at + 1), `${entry.file} but for the added letter`).toBe(original);

        await open(page, entry);
        await typeAtStart(page, entry, 'Delete');
        await publishAndWait(page);
        const restored = saved(entry.file, (text) => text !== changed, 'the second save changes it back');
        expect(restored, `${entry.file} after a change and its undoing, saved through the editor`).toBe(original);
      });
    }
    console.log(`Saved through the editor and back: ${entries.length} files, each the same file afterwards.`);
  });

  test('under the published site\'s policy, the editor edits and saves with no violation', async ({ page, baseURL }) => {
    // The built /admin/ as the host serves it, with the host's policy; the local backend stands in
    // for GitHub's API, so the policy lets the editor reach it instead.
    const backend = `http://127.0.0.1:${testPorts().editorBackend}`;
    // The page below is fulfilled by the test, which Chromium counts as a public address: let it
    // reach the backend on this computer, as a page served from this computer could.
    await page.context().grantPermissions(['local-network-access']);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.route(`**/${EDITOR_FOLDER}/`, async (route) => {
      const response = await route.fetch();
      const csp = (response.headers()['content-security-policy'] ?? '').replace('https://api.github.com', backend);
      expect(csp).toContain(`connect-src 'self' ${backend}`);
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp }, body: (await response.text()).replace('<body>', '<body data-ready>') });
    });
    // The site under test was built from its content folder; in the copy, that content is in content/.
    const builtFrom = path.relative(process.cwd(), CONTENT).split(path.sep).join('/');
    await page.route(`**/${EDITOR_FOLDER}/config.yml`, async (route) => {
      const response = await route.fetch();
      const config = (await response.text()).replaceAll(`${builtFrom}/`, 'content/').replace('publish_mode: editorial_workflow', 'publish_mode: simple');
      await route.fulfill({ response, body: `${config}local_backend:\n  url: ${backend}/api/v1\n` });
    });
    const file = `content/${PRACTICE_FILE}`;
    const before = copy.read(file);
    const address = new URL(`${EDITOR_FOLDER}/#/collections/practice/entries/practice`, baseURL).href;
    await page.goto(address);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(address);
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill(`${practice.name} and Partners`);
    await publishAndWait(page);
    expect(parse(copy.read(file))).toEqual({ ...parse(before), name: `${practice.name} and Partners` });
    expect(violations).toEqual([]);
    copy.write(file, before);
  });

  test('a new phone number reaches practice.yaml and every page of a rebuild', async ({ page }) => {
    test.setTimeout(300_000);
    const file = `content/${PRACTICE_FILE}`;
    const before = copy.read(file);
    const phone = anotherPhone(practice);
    await open(page, { collection: 'practice', slug: 'practice' });
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(phone);
    await publishAndWait(page);
    const after = saved(file, (text) => text !== before, 'saved with the new phone number');
    expect(parse(after)).toEqual({ ...parse(before), phone });

    const build = await copy.run('npm run build');
    expect(build.code, build.output).toBe(0);
    const pages = readdirSync(copy.path('dist'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && name.split(path.sep)[0] !== EDITOR_FOLDER);
    expect(pages.length).toBeGreaterThan(10);
    const without = pages.filter((name) => !readFileSync(copy.path('dist', name), 'utf8').includes(phone));
    expect(without, 'pages without the new phone number').toEqual([]);
    const withOld = pages.filter((name) => readFileSync(copy.path('dist', name), 'utf8').includes(practice.phone));
    expect(withOld, 'pages still showing the old phone number').toEqual([]);
  });

  test('an email address that is not one is refused with a message, and nothing is saved', async ({ page }) => {
    const file = `content/${PRACTICE_FILE}`;
    const before = copy.read(file);
    await open(page, { collection: 'practice', slug: 'practice' });
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('reception at the surgery');
    await publish(page);
    await expect(page.getByText(/Email must be an email address such as name@nhs\.net/)).toBeVisible();
    await page.waitForTimeout(1_000);
    expect(copy.read(file)).toBe(before);
  });

  test('a change the build would refuse is not saved, with the build\'s message naming the file and field', async ({ page }) => {
    const file = `content/${PRACTICE_FILE}`;
    const before = copy.read(file);
    await open(page, { collection: 'practice', slug: 'practice' });
    // Each date is a date, so the editor's own checks pass; the build's check of the two together does not.
    await page.getByRole('textbox', { name: 'Next review due', exact: true }).fill(practice.lastReviewed);
    await publish(page);
    const message = t.editor.decap.notSaved.replace('%{details}', `${t.editor.fixFirst} ${file}: the field "nextReviewDue" must be after lastReviewed`);
    await expect(page.getByText(message)).toBeVisible();
    await page.waitForTimeout(1_000);
    expect(copy.read(file)).toBe(before);
  });
});
