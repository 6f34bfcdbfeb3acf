import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/**
 * Writing a content file back without losing what the practice wrote around the values. The
 * browser editor reads a file into plain values and saves plain values; written out from scratch,
 * the file would lose its comments (the help at the top of each file, the schema line VS Code
 * reads) and its quoting. So the values are put back into the file's own YAML document: only
 * what changed is rewritten, and a file saved unchanged is the same file.
 */

/** The YAML text of `data`, written into `source` so that what did not change stays as written. */
export function writeYamlKeeping(source: string, data: unknown): string {
  const document = parseDocument(source);
  document.contents = merged(document, document.contents, data) as typeof document.contents;
  // lineWidth 0: never fold a long line that the practice wrote on one line.
  const text = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  // A file saved on Windows keeps its line endings.
  return source.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * The values as a file would have them: the editor writes an emptied box as "" and an emptied
 * choice as null, where a file would leave the field out. Empty at any depth, in lists too.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== '' && item !== null && item !== undefined)
      .map(([key, item]) => [key, withoutEmpty(item)]),
  );
}

/** The node for `value`: the old node where it still holds the same value, changed in place where it can be. */
function merged(document: Document, node: unknown, value: unknown): unknown {
  if (isPlainObject(value) && isMap(node)) {
    // A field taken out leaves the comment above it (the help for the next field, often) in place.
    node.items = node.items.filter((pair, index) => {
      if (isScalar(pair.key) && String(pair.key.value) in value) return true;
      const comment = isScalar(pair.key) ? pair.key.commentBefore : undefined;
      const next = node.items[index + 1];
      if (comment && next && isScalar(next.key)) next.key.commentBefore = [comment, next.key.commentBefore].filter(Boolean).join('\n');
      return false;
    });
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const pair = node.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === key);
      if (pair) pair.value = merged(document, pair.value, item);
      else node.add(document.createPair(key, item));
    }
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    node.items = value.map((item, index) => (index < node.items.length ? merged(document, node.items[index], item) : document.createNode(item)));
    return node;
  }
  if (isScalar(node) && isPrimitive(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return document.createNode(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A file with front matter: the YAML between the "---" lines, and the text below them. */
export interface FrontMatterFile {
  frontMatter: string;
  body: string;
}

/** Splits an .mdx file as the build does: front matter between two "---" lines, then the body. */
export function splitFrontMatter(source: string): FrontMatterFile {
  // A byte order mark, which some Windows editors write, is not part of the text.
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1] ?? '', body: match[2]! } : { frontMatter: '', body: text };
}

/** An .mdx file from its front matter's YAML and its body, with the line endings the front matter has. */
export function joinFrontMatter({ frontMatter, body }: FrontMatterFile): string {
  const newline = frontMatter.includes('\r\n') ? '\r\n' : '\n';
  return `---${newline}${frontMatter}---${newline}${body}`;
}
