import { readdirSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/content-dir';
import { ContentError } from '../content/friendly-errors';
import { lineOf } from '../content/source-lines';
import { readYamlFile } from '../content/yaml-file';

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
 * Reads a YAML file with the content's one reader (src/lib/content/yaml-file.ts), which keeps
 * where each field is. If it cannot, it adds what is wrong to the problems ("is missing", or
 * what to change on which line) and gives nothing back.
 */
export function readYamlWithLines(fullPath: string, what: string, problems: string[]): YamlWithLines | undefined {
  let data: unknown;
  try {
    data = readYamlFile(fullPath, what);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
  return {
    file: displayPath(fullPath),
    data,
    lineOf(fieldPath) {
      // A field's line is its name's ("replies:"), a list item's is its first line ("- kind:").
      for (let length = fieldPath.length; length > 0; length--) {
        const key = fieldPath[length - 1];
        const line = typeof key === 'string' ? lineOf(data, fieldPath.slice(0, length - 1), key) : lineOf(data, fieldPath.slice(0, length));
        if (line !== undefined) return line;
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
