import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { displayPath } from './content-dir';
import { ContentError, where } from './friendly-errors';
import { recordLines } from './source-lines';
import { curlyQuotes, explainYamlError, inCurlyQuotes } from './yaml-mistakes';

/**
 * Parses YAML text from a content file, or explains what is wrong in a practice manager's words,
 * naming the line as their editor shows it. `firstLine` is the file line the text starts on
 * (2 for front matter, which starts after the first `---`).
 */
export function parseYaml(text: string, file: string, firstLine = 1): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, message } = explainYamlError(text, error.linePos?.[0].line ?? 1, error.code, firstLine);
    throw new ContentError([`${where(file, line)}: ${message}`]);
  }

  // Curly quotes are not quotes to YAML: the words would be shown with them, and the checks on a
  // summary's full stop would see the closing quote instead. One clear message says so.
  const curly: string[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !inCurlyQuotes(node.value)) return;
      const pair = [...ancestors].reverse().find(isPair);
      curly.push(`${where(file, fileLine(node.range![0]))}: ${curlyQuotes(pair && isScalar(pair.key) ? String(pair.key.value) : undefined)}`);
    },
  });
  if (curly.length > 0) throw new ContentError(curly);

  const data = doc.toJS() ?? {};
  recordLines(data, (path, key) => {
    const node = path.length === 0 ? doc.contents : (doc.getIn(path, true) as Node | undefined);
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      return range ? fileLine(range[0]) : undefined;
    }
    return node?.range ? fileLine(node.range[0]) : undefined;
  });
  return data;
}

/**
 * Reads a YAML content file, or explains what is wrong with it: "the practice facts file is
 * missing", or what is wrong on which line.
 */
export function readYamlFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`${displayPath(file)}: ${what} is missing.`]);
  }
  return parseYaml(text.replace(/^\uFEFF/, ''), displayPath(file));
}
