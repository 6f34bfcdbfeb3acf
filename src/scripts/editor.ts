/**
 * The browser editor's own script, loaded at /admin/ before Decap CMS. It teaches Decap to read and
 * write the content files as the project keeps them, then starts it:
 *
 * - A file is written back into its own YAML, so comments, quoting and order stay as the practice
 *   wrote them, and a file saved unchanged is the same file (src/lib/editor/keep-yaml.ts).
 * - Before anything is saved, the values are checked with the build's own schemas, and a mistake
 *   gets the build's own message, naming the file and the field. Nothing is saved until it is fixed.
 * - On the published site, the editor starts only once it is set up (a repository in practice.yaml);
 *   with `npm run editor` it always starts, saving into the files on disk.
 */
import { parse } from 'yaml';
import { ContentError, parseContent } from '../lib/content/friendly-errors';
import { BODY_FIELD, EDITOR_COLLECTIONS, formatName } from '../lib/editor/editor-schemas';
import { joinFrontMatter, splitFrontMatter, withoutEmpty, writeYamlKeeping } from '../lib/editor/keep-yaml';
import { curlyQuotes, inCurlyQuotes } from '../lib/content/yaml-mistakes';
import { t } from '../strings/en';

interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: {
      init(options?: object): void;
      registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
      getLocale(name: string): Phrases;
      registerLocale(name: string, phrases: Phrases): void;
    };
  }
}

type Phrases = { [key: string]: string | Phrases };

/** Where each collection's file is, for messages: written in by the build (src/integrations/editor.ts). */
declare const EDITOR_FILES: Record<string, string>;

/** The file as it was read, kept beside its values so that saving can write the values back into it. */
const SOURCE = '__source';

// Decap starts by itself unless told not to before it loads: this script is loaded first.
window.CMS_MANUAL_INIT = true;

/** Throws the build's own messages, with the file and the field, if the values break its checks. */
function check(collection: keyof typeof EDITOR_COLLECTIONS, values: Record<string, unknown>): void {
  const spec = EDITOR_COLLECTIONS[collection];
  const file = EDITOR_FILES[collection] ?? collection;
  // The build reads curly quotes around a text as a slip (yaml-file.ts): say so before saving.
  const problems = curlyQuoted(values).map((field) => `${file}: ${curlyQuotes(field)}`);
  if ('schema' in spec) {
    try {
      parseContent(spec.schema, values, file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length === 0) return;
  const refused = new Error(`${t.editor.fixFirst} ${problems.join(' ')}`);
  // Decap shows the error as text: with no name, that is the message alone, not "Error: …".
  refused.name = '';
  throw refused;
}

/** The fields, at any depth, whose text is inside curly quotes. */
function curlyQuoted(value: unknown, field?: string): string[] {
  if (typeof value === 'string') return inCurlyQuotes(value) ? [field ?? ''] : [];
  if (Array.isArray(value)) return value.flatMap((item) => curlyQuoted(item, field));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => curlyQuoted(item, key));
  return [];
}

function formatter(collection: keyof typeof EDITOR_COLLECTIONS): Formatter {
  const { kind } = EDITOR_COLLECTIONS[collection];
  if (kind === 'yaml') {
    return {
      fromFile: (text) => ({ ...(parse(text) ?? {}), [SOURCE]: text }),
      toFile: ({ [SOURCE]: source = '', ...values }) => {
        const kept = withoutEmpty(values) as Record<string, unknown>;
        check(collection, kept);
        return writeYamlKeeping(String(source), kept);
      },
    };
  }
  if (kind === 'mdx') {
    return {
      fromFile: (text) => {
        const { frontMatter, body } = splitFrontMatter(text);
        return { ...(parse(frontMatter) ?? {}), [BODY_FIELD]: body, [SOURCE]: frontMatter };
      },
      toFile: ({ [SOURCE]: source = '', [BODY_FIELD]: body = '', ...values }) => {
        const kept = withoutEmpty(values) as Record<string, unknown>;
        check(collection, kept);
        return joinFrontMatter({ frontMatter: writeYamlKeeping(String(source), kept), body: String(body) });
      },
    };
  }
  return { fromFile: (text) => ({ [BODY_FIELD]: text }), toFile: ({ [BODY_FIELD]: body = '' }) => String(body) };
}

const EXTENSIONS = { yaml: 'yaml', mdx: 'mdx', text: 'txt' } as const;

window.addEventListener('DOMContentLoaded', () => {
  // The build marks the page ready when the editor has somewhere to save (src/integrations/editor.ts).
  if (!('ready' in document.body.dataset)) {
    const message = document.createElement('p');
    message.textContent = t.editor.notSetUp;
    document.querySelector('main')?.append(message);
    return;
  }
  for (const [collection, { kind }] of Object.entries(EDITOR_COLLECTIONS)) {
    window.CMS.registerCustomFormat(formatName(collection), EXTENSIONS[kind], formatter(collection as keyof typeof EDITOR_COLLECTIONS));
  }
  // Decap's messages in our words: "Email must be an email address such as name@nhs.net."
  const english = window.CMS.getLocale('en');
  const ui = english.ui as Phrases;
  const editorPhrases = english.editor as Phrases;
  const controlPane = editorPhrases.editorControlPane as Phrases;
  window.CMS.registerLocale('en', {
    ...english,
    ui: { ...ui, toast: { ...(ui.toast as Phrases), onFailToPersist: t.editor.decap.notSaved } },
    editor: { ...editorPhrases, editorControlPane: { ...controlPane, widget: { ...(controlPane.widget as Phrases), regexPattern: t.editor.decap.pattern } } },
  });
  document.querySelector('main')?.remove();
  window.CMS.init();
});
