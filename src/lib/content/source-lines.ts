/**
 * Where each value of a parsed content file sits, so a message can say the line as an editor
 * counts it. parseYaml records a file's lines here; parseContent looks them up.
 */
type Locate = (path: readonly PropertyKey[], key?: string) => number | undefined;

const positions = new WeakMap<object, Locate>();

/** Records how to find lines in data parsed from a file. */
export function recordLines(data: unknown, locate: Locate): void {
  if (typeof data === 'object' && data !== null) positions.set(data, locate);
}

/**
 * The line (1 at the top of the file) of the value at `path` in parsed data, or of the field
 * `key` inside it. Undefined for data that was not read from a file.
 */
export function lineOf(data: unknown, path: readonly PropertyKey[], key?: string): number | undefined {
  return typeof data === 'object' && data !== null ? positions.get(data)?.(path, key) : undefined;
}
