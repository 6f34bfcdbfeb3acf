import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { displayPath } from '../content/content-dir';
import { firstLine } from '../content/friendly-errors';

/** A YAML file of the staff kit, read with its line numbers, so messages can say where to look. */
export interface YamlWithLines {
  /** The file as people see it: content/staff/replies/06-naming-staff.yaml. */
  file: string;
  data: unknown;
  /**
   * The line (from 1, counted from the top of the file) of a field such as ['replies', 1, 'text'].
   * A field that is missing gives the line of the nearest part that is there.
   */
  lineOf(fieldPath: readonly PropertyKey[]): number;
}

/**
 * Reads a YAML file, keeping where each field is. If it cannot, it adds what is wrong to the
 * problems ("is missing", or "this is not valid YAML" with the line the parser stopped at) and
 * gives nothing back.
 */
export function readYamlWithLines(fullPath: string, what: string, problems: string[]): YamlWithLines | undefined {
  const file = displayPath(fullPath);
  let text: string;
  try {
    text = readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    problems.push(`${file}: ${what} is missing.`);
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const reason = firstLine(error).replace(/ at line \d+, column \d+:?$/, '.');
    // The usual cause in a reply: a colon and a space inside unquoted text ("See our rule: {link}").
    const hint = /mapping/i.test(reason) ? ' If the text has a colon followed by a space, put the whole text in double quotes.' : '';
    problems.push(`${file}${line ? `, line ${line}` : ''}: this is not valid YAML. ${reason}${hint}`);
    return undefined;
  }
  return {
    file,
    data: document.toJS() ?? {},
    lineOf(fieldPath) {
      // A field's line is its name's ("replies:"), a list item's is its first line ("- kind:").
      for (let length = fieldPath.length; length > 0; length--) {
        const parent = length === 1 ? document.contents : document.getIn(fieldPath.slice(0, length - 1) as unknown[], true);
        const key = fieldPath[length - 1];
        const node = isMap(parent)
          ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
          : isSeq(parent) && typeof key === 'number'
            ? parent.items[key]
            : undefined;
        const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
        if (start !== undefined) return lineCounter.linePos(start).line;
      }
      return 1;
    },
  };
}

/** The .yaml files in a folder, sorted by name; an empty list if the folder is not there. */
export function yamlFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}
