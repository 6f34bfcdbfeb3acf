/**
 * The browser editor's configuration is made from the content schemas: every field a schema has
 * is in the editor with its help text and whether it is required, the editor names no field the
 * schema lacks, and the checks it makes as you type say what the build says. Files written back
 * by the editor keep what the practice wrote around the values.
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { editorConfig, labelFor, type EditorField } from '../../src/lib/editor/editor-config';
import { BODY_FIELD, EDITOR_COLLECTIONS, type EditorCollectionName } from '../../src/lib/editor/editor-schemas';
import { joinFrontMatter, splitFrontMatter, withoutEmpty, writeYamlKeeping } from '../../src/lib/editor/keep-yaml';

/** The content folders shipped: the practice's own and the example of another surgery. */
const CONTENT_FOLDERS = ['content', ...globSync('examples/*/practice.yaml').map((file) => path.dirname(file).split(path.sep).join('/'))];

type Json = { properties?: Record<string, Json>; required?: string[]; items?: Json; anyOf?: Json[]; additionalProperties?: Json | boolean; description?: string; pattern?: string; type?: string | string[]; format?: string; maxLength?: number };

const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Json;

function configFor(folder: string, localBackendPort?: number) {
  return editorConfig({ contentPath: folder, contentDir: path.resolve(folder), practice: loadPractice(path.resolve(folder)), localBackendPort });
}

type Collection = ReturnType<typeof configFor>['collections'][number];
const fieldsOf = (collection: Collection): EditorField[] => ('files' in collection ? collection.files[0]!.fields : collection.fields);

/** An object's JSON Schema, whichever way the schema writes it (a record's values, or a plain object). */
function objectOf(json: Json): Json {
  if (json.properties) return json;
  return (json.anyOf ?? []).find((choice) => choice.properties) ?? json;
}

/**
 * Every difference between the editor's fields and a JSON Schema's properties, as paths: a field
 * the editor lacks, one it names that the schema lacks, a missing help text or a wrong "required".
 */
function differences(fields: readonly EditorField[], json: Json, at: string): string[] {
  const object = objectOf(json);
  const properties = object.properties ?? {};
  const named = new Set(fields.map((field) => field.name));
  const problems = [
    ...Object.keys(properties).filter((name) => !named.has(name)).map((name) => `${at}.${name}: in the schema, not in the editor`),
    ...[...named].filter((name) => !(name in properties)).map((name) => `${at}.${name}: in the editor, not in the schema`),
  ];
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) continue;
    const where = `${at}.${field.name}`;
    if (field.hint !== property.description) problems.push(`${where}: help "${field.hint}" is not the schema's description "${property.description}"`);
    if ((field.required !== false) !== (object.required ?? []).includes(field.name)) problems.push(`${where}: required is ${field.required !== false} in the editor`);
    if (!field.label.trim()) problems.push(`${where}: no label`);
    if (field.fields) problems.push(...differences(field.fields, property.items ?? property, where));
    if (field.field && property.items && objectOf(property.items).properties) problems.push(`${where}: a list of objects edited as a list of texts`);
  }
  return problems;
}

describe.each(CONTENT_FOLDERS)('the editor for %s', (folder) => {
  const config = configFor(folder);
  const collection = (name: EditorCollectionName) => config.collections.find((candidate) => candidate.name === name)!;

  test('has a collection for every kind of content, and every content file is in one', () => {
    expect(config.collections.map(({ name }) => name)).toEqual(Object.keys(EDITOR_COLLECTIONS));
    const covered = (file: string) =>
      config.collections.some((candidate) =>
        'files' in candidate ? candidate.files.some((entry) => entry.file === file) : path.posix.dirname(file) === candidate.folder && file.endsWith(`.${candidate.extension}`),
      );
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => !covered(file))).toEqual([]);
  });

  test.each(Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[])('%s: the same fields as its schema, with its help and required-ness', (name) => {
    const spec = EDITOR_COLLECTIONS[name];
    const fields = fieldsOf(collection(name));
    const own = fields.filter((field) => field.name !== BODY_FIELD);
    if (!('schema' in spec)) return expect(own).toEqual([]);
    const json = jsonOf(spec.schema);
    if (json.additionalProperties && typeof json.additionalProperties === 'object') {
      // A record by id (Easy Read's signposts): one field per id in the file, each with the value's fields.
      const file = 'files' in collection(name) ? (collection(name) as { files: { file: string }[] }).files[0]!.file : '';
      expect(own.map((field) => field.name)).toEqual(Object.keys(parse(readFileSync(file, 'utf8'))));
      for (const field of own) expect(differences(field.fields ?? [], json.additionalProperties, field.name)).toEqual([]);
      return;
    }
    expect(differences(own, json, name)).toEqual([]);
    // Front matter files keep their text below it, edited as it is.
    expect(fields.some((field) => field.name === BODY_FIELD)).toBe(spec.kind !== 'yaml');
  });

  test('a schema field the editor does not show, or a field the schema does not have, is found', () => {
    const practice = fieldsOf(collection('practice'));
    const json = jsonOf(EDITOR_COLLECTIONS.practice.schema);
    expect(differences(practice.filter((field) => field.name !== 'phone'), json, 'practice')).toEqual(['practice.phone: in the schema, not in the editor']);
    expect(differences([...practice, { name: 'fax', label: 'Fax', widget: 'string' }], json, 'practice')).toEqual(['practice.fax: in the editor, not in the schema']);
  });

  test('checks as you type what the build checks, with the build\'s words', () => {
    const practice = fieldsOf(collection('practice'));
    const field = (name: string) => practice.find((candidate) => candidate.name === name)!;
    const accepts = (name: string, value: string) => new RegExp(field(name).pattern![0]).test(value);
    const facts = loadPractice(path.resolve(folder));
    expect(accepts('phone', facts.phone)).toBe(true);
    for (const phone of ['0117 959 19', '+44 117 959 1919', '0117 959 1919 ext 2', 'reception']) expect(accepts('phone', phone), phone).toBe(false);
    expect(accepts('email', facts.email)).toBe(true);
    for (const email of ['reception at nhs.net', 'reception@', 'reception@nhs']) expect(accepts('email', email), email).toBe(false);
    expect(field('email').pattern![1]).toBe('must be an email address such as name@nhs.net');
    expect(accepts('website', facts.website)).toBe(true);
    expect(accepts('website', facts.website.replace('https:', 'http:'))).toBe(false);
    expect(field('website').pattern![1]).toBe('must be a full web address starting with https://');
    expect(accepts('lastReviewed', facts.lastReviewed)).toBe(true);
    expect(accepts('lastReviewed', '23/11/2026')).toBe(false);
    expect(field('lastReviewed').pattern![1]).toMatch(/YYYY-MM-DD/);
    expect(field('hasFacebookPage').widget).toBe('boolean');
    expect(field('readingEaseMinimum')).toMatchObject({ widget: 'number', min: 0, max: 100 });

    const rules = fieldsOf(collection('rules'));
    const rule = (name: string) => rules.find((candidate) => candidate.name === name)!;
    const words = (count: number) => `${Array.from({ length: count - 1 }, () => 'word').join(' ')} end.`;
    expect(new RegExp(rule('summary').pattern![0]).test(words(25))).toBe(true);
    expect(new RegExp(rule('summary').pattern![0]).test(words(26))).toBe(false);
    expect(rule('summary').pattern![1]).toBe('must be 25 words or fewer');
    expect(new RegExp(rule('title').pattern![0]).test('x'.repeat(60))).toBe(true);
    expect(new RegExp(rule('title').pattern![0]).test('x'.repeat(61))).toBe(false);
    expect(rule('title').pattern![1]).toBe('must be 60 characters or fewer');
    const page = fieldsOf(collection('pages')).find((candidate) => candidate.name === 'description')!;
    expect(page.pattern![1]).toBe('must be 200 characters or fewer');
    expect(rule('number')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(rule('signposts')).toMatchObject({ widget: 'list', min: 1 });
    expect(new RegExp(rule('slug').pattern![0]).test('Photos and recordings')).toBe(false);
  });

  test('a new rule, Easy Read page or set of staff replies is named by its rule; no new pages', () => {
    expect(collection('rules')).toMatchObject({ create: true, slug: '{{fields.slug}}', identifier_field: 'slug' });
    expect(collection('easy-read')).toMatchObject({ create: true, slug: '{{fields.rule}}', identifier_field: 'rule' });
    expect(collection('staff-replies')).toMatchObject({ create: true, slug: '{{fields.rule}}', identifier_field: 'rule' });
    expect(collection('pages')).toMatchObject({ create: false });
  });

  test('published, changes wait for review; on this computer, they save into the files', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github', branch: loadPractice(path.resolve(folder)).editorBranch } });
    expect(config).not.toHaveProperty('local_backend');
    expect(configFor(folder, 8081)).toMatchObject({ publish_mode: 'simple', local_backend: { url: 'http://127.0.0.1:8081/api/v1' } });
  });
});

test('the repository and sign-in service come from the practice facts', () => {
  const practice = { ...loadPractice(path.resolve('content')), editorRepository: 'hillside-gp/guidance', editorBranch: 'live', editorSignInUrl: 'https://sign-in.example.nhs.uk' };
  expect(editorConfig({ contentPath: 'content', contentDir: path.resolve('content'), practice }).backend).toEqual({
    name: 'github',
    repo: 'hillside-gp/guidance',
    branch: 'live',
    base_url: 'https://sign-in.example.nhs.uk',
  });
});

test('labels read as words', () => {
  expect(labelFor('nhsAppUrl')).toBe('NHS App address');
  expect(labelFor('nhs111Url')).toBe('NHS 111 address');
  expect(labelFor('lastReviewed')).toBe('Last reviewed');
  expect(labelFor('odsCode')).toBe('ODS code');
});

describe('writing a file back into its own YAML', () => {
  const files = CONTENT_FOLDERS.flatMap((folder) => globSync(`${folder}/**/*.{yaml,mdx}`));

  test('every content file, written back unchanged, is the same file', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.mdx')) {
        const { frontMatter, body } = splitFrontMatter(text);
        expect(joinFrontMatter({ frontMatter: writeYamlKeeping(frontMatter, parse(frontMatter)), body }), file).toBe(text);
      } else {
        expect(writeYamlKeeping(text, parse(text)), file).toBe(text);
      }
    }
  });

  test('a changed value changes its own line only, and comments stay', () => {
    const source = '# yaml-language-server: $schema=x.json\n# Help for the practice.\nname: "Old name"\nphone: 0117 959 1919 # the main line\nsites:\n  - One\n  - Two\n';
    const written = writeYamlKeeping(source, { name: 'New name', phone: '0117 959 1919', sites: ['One', 'Two', 'Three'], area: 'Leeds' });
    expect(written).toBe('# yaml-language-server: $schema=x.json\n# Help for the practice.\nname: "New name"\nphone: 0117 959 1919 # the main line\nsites:\n  - One\n  - Two\n  - Three\narea: Leeds\n');
    // A field taken out is taken out of the file.
    expect(writeYamlKeeping(source, { name: 'Old name', sites: ['One'] })).toBe('# yaml-language-server: $schema=x.json\n# Help for the practice.\nname: "Old name"\nsites:\n  - One\n');
  });

  test('a field emptied in the editor is left out, at any depth; false, 0 and empty lists stay', () => {
    const fromEditor = { id: 'nhs-app', fact: null, url: '', notFor: '', action: false, count: 0, tasks: [{ id: 'book', note: '', signposts: [] }] };
    expect(withoutEmpty(fromEditor)).toEqual({ id: 'nhs-app', action: false, count: 0, tasks: [{ id: 'book', signposts: [] }] });
  });

  test('a field taken out leaves the help above it for the next field', () => {
    const source = 'name: Hillside\n# Who supplies the form.\nonlineFormSupplier: eConsult\n# The form\'s own address.\nonlineFormUrl: https://example.nhs.uk/form\n';
    expect(writeYamlKeeping(source, { name: 'Hillside', onlineFormUrl: 'https://example.nhs.uk/form' })).toBe(
      'name: Hillside\n# Who supplies the form.\n# The form\'s own address.\nonlineFormUrl: https://example.nhs.uk/form\n',
    );
  });

  test('a file saved on Windows keeps its line endings, and a byte order mark is not text', () => {
    const yaml = '# Help.\r\nname: Hillside\r\narea: Leeds\r\n';
    expect(writeYamlKeeping(yaml, { name: 'Hillside', area: 'Leeds' })).toBe(yaml);
    expect(writeYamlKeeping(yaml, { name: 'Hillside Surgery', area: 'Leeds' })).toBe('# Help.\r\nname: Hillside Surgery\r\narea: Leeds\r\n');
    const mdx = '\uFEFF---\r\ntitle: A page\r\n---\r\n\r\nWords.\r\n';
    const { frontMatter, body } = splitFrontMatter(mdx);
    expect(parse(frontMatter)).toEqual({ title: 'A page' });
    expect(joinFrontMatter({ frontMatter: writeYamlKeeping(frontMatter, parse(frontMatter)), body })).toBe(mdx.slice(1));
  });

  test('a new file is written whole', () => {
    expect(writeYamlKeeping('', { rule: 'phones', replies: [{ kind: 'public', text: 'Hello {link}' }] })).toBe('rule: phones\nreplies:\n  - kind: public\n    text: Hello {link}\n');
    expect(joinFrontMatter({ frontMatter: writeYamlKeeping('', { title: 'A page' }), body: '\nWords.\n' })).toBe('---\ntitle: A page\n---\n\nWords.\n');
  });
});
