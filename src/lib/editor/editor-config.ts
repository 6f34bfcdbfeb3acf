import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { CHANGELOG_FILE } from '../content/changelog';
import { ORIGINAL_WORDS_FILE } from '../content/original-words';
import { PRACTICE_FILE } from '../content/practice-facts';
import { SIGNPOSTS_FILE } from '../content/signposts';
import { readYamlFile } from '../content/yaml-file';
import { EASY_READ_FOLDER, EASY_READ_SIGNPOSTS_FILE } from '../easy-read/easy-read-checks';
import { STAFF_FILES } from '../staff-kit/staff-kit';
import type { Practice } from '../../schemas/practice';
import { t } from '../../strings/en';
import { BODY_FIELD, EDITOR_COLLECTIONS, formatName, type EditorCollectionName } from './editor-schemas';

/**
 * The browser editor's configuration (Decap CMS's config.yml), made at build time from the content
 * schemas: every field a schema defines appears with a label, its description as help, whether it
 * is required, and the checks the editor can make on each box (patterns, lengths, numbers, lists).
 * The build still checks everything when the change is published.
 */

/** Where each collection's files are, from the top of the content folder, and what to call it. */
const PLACES: Record<EditorCollectionName, { label: string; one?: string; file?: string; folder?: string; extension?: string; summary?: string; body?: string }> = {
  practice: { label: t.editor.collections.practice, file: PRACTICE_FILE },
  signposts: { label: t.editor.collections.signposts, file: SIGNPOSTS_FILE },
  changelog: { label: t.editor.collections.changelog, file: CHANGELOG_FILE },
  rules: { label: t.editor.collections.rules, one: t.editor.one.rules, folder: 'clauses', extension: 'mdx', summary: '{{number}}. {{title}}', body: t.editor.body.rules },
  pages: { label: t.editor.collections.pages, one: t.editor.one.pages, folder: 'pages', extension: 'mdx', summary: '{{title}}', body: t.editor.body.pages },
  'original-words': { label: t.editor.collections.originalWords, file: ORIGINAL_WORDS_FILE, body: t.editor.body.originalWords },
  'easy-read': { label: t.editor.collections.easyRead, one: t.editor.one.easyRead, folder: EASY_READ_FOLDER, extension: 'mdx', summary: '{{title}}', body: t.editor.body.easyRead },
  'easy-read-signposts': { label: t.editor.collections.easyReadSignposts, file: `${EASY_READ_FOLDER}/${EASY_READ_SIGNPOSTS_FILE}` },
  'staff-replies': { label: t.editor.collections.staffReplies, one: t.editor.one.staffReplies, folder: STAFF_FILES.replies, extension: 'yaml', summary: '{{fields.rule}}{{fields.topic}}' },
  'staff-facebook-page': { label: t.editor.collections.staffFacebookPage, file: STAFF_FILES.facebookPage },
  'staff-post-steps': { label: t.editor.collections.staffPostSteps, file: STAFF_FILES.postSteps },
};

/** How a new file in a folder is named, and by which field (Decap needs one it can name it by). */
const NEW_FILES: Partial<Record<EditorCollectionName, { slug: string; identifier_field?: string }>> = {
  rules: { slug: '{{fields.slug}}', identifier_field: 'slug' },
  'easy-read': { slug: '{{fields.rule}}', identifier_field: 'rule' },
  'staff-replies': { slug: '{{fields.rule}}', identifier_field: 'rule' },
};

/** Fields written over several lines in the editor: sentences, not names or addresses. */
const LONG_TEXT = new Set(['summary', 'description', 'text', 'about', 'pinned', 'intro', 'note', 'useFor', 'notFor', 'steps']);

/** A Decap CMS field, as its config.yml writes it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  default?: unknown;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  options?: string[];
  fields?: EditorField[];
  field?: EditorField;
  summary?: string;
  collapsed?: boolean;
}

/** Options the project's own folder decides: where content is, from the top of the repository. */
export interface EditorOptions {
  /** The content folder, from the top of the repository: "content". */
  contentPath: string;
  /** The content folder on disk, for fields made from what is in the files (Easy Read signposts). */
  contentDir: string;
  practice: Practice;
  /**
   * For `npm run editor`: the port of the local backend (decap-server) that saves straight into
   * the files on disk. The published editor has none: it saves only through GitHub.
   */
  localBackendPort?: number;
}

/** The whole config.yml for a site, as an object. */
export function editorConfig({ contentPath, contentDir, practice, localBackendPort }: EditorOptions) {
  // Without a repository, only the local editor works (npm run editor), and /admin/ says so.
  const backend = {
    name: 'github',
    branch: practice.editorBranch,
    ...(practice.editorRepository ? { repo: practice.editorRepository } : {}),
    // Decap takes a sign-in only from exactly this origin: no path, no final slash.
    ...(practice.editorSignInUrl ? { base_url: new URL(practice.editorSignInUrl).origin } : {}),
  };
  return {
    backend,
    // Published: a change is a draft until a second person marks it ready and publishes it (a pull
    // request). On your own computer, `npm run editor` saves straight into the files.
    ...(localBackendPort
      ? { publish_mode: 'simple', local_backend: { url: `http://127.0.0.1:${localBackendPort}/api/v1` } }
      : { publish_mode: 'editorial_workflow' }),
    // Decap needs a folder for uploads; the guidance has none, and no field accepts a picture.
    media_folder: `${contentPath}/uploads`,
    ...(practice.siteUrl ? { site_url: practice.siteUrl, display_url: practice.siteUrl } : {}),
    locale: 'en',
    collections: (Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[]).map((name) => collection(name, contentPath, contentDir)),
  };
}

function collection(name: EditorCollectionName, contentPath: string, contentDir: string) {
  const place = PLACES[name];
  const { kind, ...rest } = EDITOR_COLLECTIONS[name];
  const schema = 'schema' in rest ? rest.schema : undefined;
  const body: EditorField[] = kind === 'yaml' ? [] : [{ name: BODY_FIELD, label: place.body ?? t.editor.body.pages, widget: 'text', hint: t.editor.bodyHint }];
  const common = { name, label: place.label, format: formatName(name), editor: { preview: false } };
  if (place.folder) {
    return {
      ...common,
      label_singular: place.one,
      folder: `${contentPath}/${place.folder}`,
      extension: place.extension,
      // A new rule needs its Easy Read page and its staff replies, each named by the rule's slug
      // (an existing file's name never changes). The site has only its three pages: no new ones.
      create: name !== 'pages',
      delete: false,
      ...NEW_FILES[name],
      summary: place.summary,
      fields: [...(schema ? fieldsOf(schema, contentDir, place) : []), ...body],
    };
  }
  return {
    ...common,
    files: [{ name, label: place.label, file: `${contentPath}/${place.file}`, fields: [...(schema ? fieldsOf(schema, contentDir, place) : []), ...body] }],
  };
}

/** The editor's fields for a schema's top level. A record (by id) gets one field per id in its file now. */
function fieldsOf(schema: z.ZodType, contentDir: string, place?: { file?: string }): EditorField[] {
  const inner = unwrap(schema);
  if (inner._zod.def.type === 'record') {
    const file = place?.file ? path.join(contentDir, place.file) : undefined;
    const data = file && existsSync(file) ? readYamlFile(file, place!.file!) : {};
    const value = (inner._zod.def as unknown as { valueType: z.ZodType }).valueType;
    return Object.keys(data as object).map((key) => ({ ...objectField(key, value), label: key, hint: describe(schema) }));
  }
  return Object.entries(shapeOf(inner)).map(([key, field]) => editorField(key, field));
}

/** One schema field as an editor field. */
function editorField(name: string, schema: z.ZodType): EditorField {
  const json = jsonOf(schema);
  const base = { name, label: labelFor(name), ...(json.description ? { hint: json.description as string } : {}), ...(isOptional(schema) ? { required: false } : {}) };
  const inner = unwrap(schema);
  const type = inner._zod.def.type;
  if (type === 'object') return { ...objectField(name, inner), ...base };
  if (type === 'array') {
    const element = (inner._zod.def as unknown as { element: z.ZodType }).element;
    const item = unwrap(element);
    // Lists open, so every text shows without a click (and the browser's Find finds it).
    const list = { ...base, widget: 'list', ...(json.minItems ? { min: json.minItems as number } : {}), ...defaultOf(json) };
    if (item._zod.def.type === 'object') return { ...list, summary: summaryOf(item), collapsed: false, fields: Object.entries(shapeOf(item)).map(([key, field]) => editorField(key, field)) };
    return { ...list, collapsed: false, field: { ...editorField(name, element), label: labelFor(name), hint: undefined } };
  }
  const value = typeOf(json);
  if (value.type === 'boolean') return { ...base, widget: 'boolean', ...defaultOf(json) };
  if (value.type === 'number' || value.type === 'integer') {
    const { minimum, maximum } = value as { minimum?: number; maximum?: number };
    return {
      ...base,
      widget: 'number',
      value_type: value.type === 'integer' ? 'int' : 'float',
      ...(minimum !== undefined ? { min: minimum } : {}),
      // "Any whole number" has JavaScript's largest as its maximum: no limit to show.
      ...(maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER ? { max: maximum } : {}),
      ...defaultOf(json),
    };
  }
  if (Array.isArray(value.enum)) return { ...base, widget: 'select', options: value.enum as string[] };
  const check = patternOf(value, schema);
  return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string', ...(check ? { pattern: check } : {}) };
}

function objectField(name: string, schema: z.ZodType): EditorField {
  const inner = unwrap(schema);
  return { name, label: labelFor(name), widget: 'object', collapsed: false, fields: Object.entries(shapeOf(inner)).map(([key, field]) => editorField(key, field)) };
}

/** The list item's title in the editor: its first text field that names it. */
function summaryOf(schema: z.ZodType): string | undefined {
  const keys = Object.keys(shapeOf(schema));
  const key = ['title', 'id', 'date', 'kind', 'name'].find((candidate) => keys.includes(candidate));
  return key === 'date' && keys.includes('summary') ? '{{fields.date}}: {{fields.summary}}' : key ? `{{fields.${key}}}` : undefined;
}

/**
 * The check the editor makes as you type, with the build's own message: a pattern from the schema
 * (its JSON Schema "pattern"), or its length limit.
 */
function patternOf(json: JsonSchema, schema: z.ZodType): [string, string] | undefined {
  if (typeof json.pattern === 'string') {
    return [json.pattern, (json.patternErrorMessage as string | undefined) ?? messageFor(schema, '!') ?? `must match: ${json.description ?? json.pattern}`];
  }
  if (typeof json.maxLength === 'number') {
    // The longest a text may be; how short it may be is checked when it is saved.
    return [`^[\\s\\S]{0,${json.maxLength}}$`, t.editor.maxCharacters(json.maxLength)];
  }
  return undefined;
}

/** The build's message for a value that breaks the schema. */
function messageFor(schema: z.ZodType, value: string): string | undefined {
  const result = unwrap(schema).safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

type JsonSchema = Record<string, unknown>;

function jsonOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as JsonSchema;
}

/** The JSON Schema of the value itself: for "a date, or a date YAML already read", the string form. */
function typeOf(json: JsonSchema): JsonSchema {
  const choices = (json.anyOf ?? json.oneOf) as JsonSchema[] | undefined;
  if (choices) return { ...(choices.find((choice) => choice.type === 'string') ?? choices[0]), description: json.description };
  if (Array.isArray(json.type)) return { ...json, type: json.type.includes('string') ? 'string' : json.type[0] };
  return json;
}

function defaultOf(json: JsonSchema): { default?: unknown } {
  return 'default' in json ? { default: json.default } : {};
}

/** Optional fields and fields with a default may be left out of a file. */
function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** The schema inside optional(), default(), a pipe (transform) and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return (unwrap(schema)._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape;
}

function describe(schema: z.ZodType): string | undefined {
  return jsonOf(schema).description as string | undefined;
}

/** A field's label from its name: "nhsAppUrl" is "NHS App address", "lastReviewed" is "Last reviewed". */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => t.editor.labelWords[word as keyof typeof t.editor.labelWords] ?? word);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The config as YAML, for dist/admin/config.yml. */
export function editorConfigText(options: EditorOptions): string {
  // Through JSON first, so fields left undefined are not written.
  return `# Written by the build from the content schemas (src/lib/editor/editor-config.ts). Do not edit.\n${stringify(JSON.parse(JSON.stringify(editorConfig(options))))}`;
}
