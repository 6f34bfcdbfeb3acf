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
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The node for `value`: the old node where it still holds the same value, changed in place where it can be. */
function merged(document: Document, node: unknown, value: unknown): unknown {
  if (isPlainObject(value) && isMap(node)) {
    node.items = node.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) in value);
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
export function splitFrontMatter(text: string): FrontMatterFile {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1] ?? '', body: match[2]! } : { frontMatter: '', body: text };
}

/** An .mdx file from its front matter's YAML and its body. */
export function joinFrontMatter({ frontMatter, body }: FrontMatterFile): string {
  return `---\n${frontMatter}---\n${body}`;
}
