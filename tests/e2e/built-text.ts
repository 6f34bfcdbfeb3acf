import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Text in a build, by file. The search index is gzipped: it is unzipped to be read too. */
export function builtText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(file);
    if (/\.(html|xml|txt|json|js|css|svg)$/.test(entry.name) || /^_(headers|nginx)/.test(entry.name)) texts.set(file, bytes.toString('utf8'));
    else if (/\.pf_\w+$/.test(entry.name)) texts.set(file, gunzipSync(bytes).toString('utf8'));
  }
  return texts;
}

/** Each fact found in the texts, as "file: fact". */
export function factsFound(texts: Map<string, string>, facts: readonly string[], root: string): string[] {
  return [...texts].flatMap(([file, text]) => facts.filter((fact) => text.includes(fact)).map((fact) => `${path.relative(root, file)}: ${fact}`));
}
