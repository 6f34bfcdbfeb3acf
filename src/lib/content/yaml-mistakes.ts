/**
 * The layout mistakes people make in YAML by hand, told in plain words. The parser's own messages
 * ("Nested mappings are not allowed in compact mappings") say what it could not read, often on
 * the line before the slip; these say what to type instead, on the line to change.
 */

/** One level of nesting: where its fields (or its "-" list items) start. */
interface Level {
  column: number;
  kind: 'field' | 'item';
  /** The file line that last started something at this level. */
  line: number;
  /** What starts there: `date:` or `-`. */
  label: string;
}

/**
 * Explains a YAML parse error. `errorLine` is the parser's line (1 at the top of the text);
 * `firstLine` is the file line the text starts on. Returns the file line to change and what to do.
 */
export function explainYamlError(text: string, errorLine: number, code: string | undefined, firstLine = 1): { line: number; message: string } {
  const lines = text.split(/\r?\n/);
  const at = (line: number) => line + firstLine - 1;
  const near = (line: number) => lines[line - 1] ?? '';

  const tab = lines.findIndex((line) => /^ *\t/.test(line));
  if (code === 'TAB_AS_INDENT' || (tab >= 0 && tab < errorLine + 1)) {
    const line = tab >= 0 ? tab + 1 : errorLine;
    return { line: at(line), message: 'this line starts with a tab. Use spaces instead: YAML does not allow tabs there.' };
  }

  const slip = indentationSlip(lines);
  if (slip && slip.line <= errorLine + 1) {
    const spaces = slip.target.column === 0 ? 'at the left edge, with no spaces before it' : `with ${slip.target.column} spaces before it`;
    const what = slip.label === '-' ? 'this "-"' : `"${slip.label}"`;
    const under = slip.target.label === '-' ? 'the "-"' : `"${slip.target.label}"`;
    return {
      line: at(slip.line),
      message: `${what} is not lined up with ${under} on line ${at(slip.target.line)}. Put it directly under ${under}, ${spaces}.`,
    };
  }

  for (const line of [errorLine, errorLine + 1]) {
    if (/[“”‘’]/.test(near(line))) {
      const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s/.exec(near(line))?.[1];
      return { line: at(line), message: curlyQuotes(key) };
    }
  }

  const field = /^\s*(?:-\s+)?([^\s:#][^:#]*?):(\S.*)$/.exec(near(errorLine));
  if (field && code === 'MISSING_CHAR' && !field[2]!.startsWith('//')) {
    return { line: at(errorLine), message: `put a space after the colon: ${field[1]}: ${field[2]}` };
  }

  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const value = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+(.*:\s.*)$/.exec(near(errorLine));
    if (value) {
      return {
        line: at(errorLine),
        message: `the text after "${value[1]}:" has a colon and a space in it, which YAML reads as another field. Put the whole text in straight quotes: ${value[1]}: "${value[2]!.replaceAll('"', '\\"')}"`,
      };
    }
  }

  for (let line = 1; line <= Math.min(errorLine, lines.length); line++) {
    const opened = (near(line).match(/\[/g) ?? []).length;
    if (opened > (near(line).match(/]/g) ?? []).length && !/^\s*#/.test(near(line))) {
      return { line: at(line), message: 'a list that starts with "[" must end with "]" on the same line.' };
    }
  }

  if (code === 'DUPLICATE_KEY') {
    const name = /^\s*(?:-\s+)?([^:#]+):/.exec(near(errorLine))?.[1]?.trim();
    return { line: at(errorLine), message: `the field "${name}" is written twice. Keep one of them.` };
  }

  return {
    line: at(errorLine),
    message: 'YAML cannot read this line. Compare it with the lines around it: the spaces at the start, and a space after each colon.',
  };
}

/** Text that starts or ends with a curly double quote, or sits inside curly single quotes: meant as quotes, kept as text. */
export function inCurlyQuotes(text: string): boolean {
  const value = text.trim();
  return /^[“”]|[“”]$/.test(value) || /^‘.*’$/s.test(value);
}

/** The one message for text in curly quotes, which YAML keeps as part of the text. */
export function curlyQuotes(field: string | undefined): string {
  return `${field ? `the field "${field}"` : 'this text'} is inside curly quotes (“ ” or ‘ ’), which YAML does not read as quotes. Change them to straight quotes (").`;
}

/**
 * The first line whose indentation matches nothing above it: a field that should line up with
 * the one before it, or a list item with its "-" in the wrong place. Plain text that runs on
 * from the line before is left alone.
 */
function indentationSlip(lines: readonly string[]): { line: number; label: string; target: Level } | undefined {
  const stack: Level[] = [{ column: 0, kind: 'field', line: 0, label: '' }];
  let opensBlock = false;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (/^\s*(#.*)?$/.test(raw) || /^(---|\.\.\.)\s*$/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    const rest = raw.slice(indent);
    const isItem = /^-(\s|$)/.test(rest);
    const afterDash = isItem ? rest.slice(1).trimStart() : rest;
    const key = /^([^\s:#"'[{][^:#]*?):(\s|$)/.exec(afterDash)?.[1];
    if (!isItem && key === undefined && !opensBlock) continue;
    const label = isItem ? '-' : `${key}:`;
    const kind = isItem ? 'item' : 'field';
    const top = () => stack.at(-1)!;

    if (opensBlock && (indent > top().column || (isItem && indent === top().column))) {
      stack.push({ column: indent, kind, line, label });
    } else {
      const before = [...stack];
      while (stack.length > 1 && top().column > indent) stack.pop();
      if (top().column !== indent || top().kind !== kind) {
        const candidates = before.filter((level) => level.kind === kind && level.line > 0);
        const target = candidates.reduce<Level | undefined>(
          (best, level) => (!best || Math.abs(level.column - indent) <= Math.abs(best.column - indent) ? level : best),
          undefined,
        );
        if (target) return { line, label, target };
        continue;
      }
      Object.assign(top(), { line, label });
    }
    if (isItem && key !== undefined) {
      stack.push({ column: indent + (rest.length - afterDash.length), kind: 'field', line, label: `${key}:` });
    }
    opensBlock = key !== undefined && /:\s*(#.*)?$/.test(afterDash);
  }
  return undefined;
}
