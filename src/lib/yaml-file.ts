import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { displayPath } from './content-dir';
import { ContentError, firstLine } from './friendly-errors';

/**
 * Reads a YAML content file, or explains what is wrong with it: "the practice facts file is
 * missing", or "this is not valid YAML" with the parser's first line.
 */
export function readYamlFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`${displayPath(file)}: ${what} is missing.`]);
  }
  try {
    return parse(text) ?? {};
  } catch (error) {
    throw new ContentError([`${displayPath(file)}: this is not valid YAML. ${firstLine(error)}`]);
  }
}
