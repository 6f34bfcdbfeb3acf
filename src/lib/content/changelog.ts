import path from 'node:path';
import { changelogSchema, type Change } from '../../schemas/changelog';
import { contentDir, displayPath } from './content-dir';
import { parseContent } from './friendly-errors';
import { readYamlFile } from './yaml-file';

export const CHANGELOG_FILE = 'changelog.yaml';

/** Reads and checks the changelog, or explains what is wrong with it. */
export function loadChangelog(dir: string = contentDir()): Change[] {
  const file = path.join(dir, CHANGELOG_FILE);
  return parseContent(changelogSchema, readYamlFile(file, 'the changelog file'), displayPath(file)).changes;
}

/** The changes made on one day. */
export interface ChangeDay {
  date: string;
  summaries: string[];
}

/** The changes by day, newest day first; changes on one day keep the order they are written in. */
export function changesByDay(changes: readonly Change[]): ChangeDay[] {
  const days = new Map<string, string[]>();
  for (const { date, summary } of changes) days.set(date, [...(days.get(date) ?? []), summary]);
  return [...days].sort(([a], [b]) => b.localeCompare(a)).map(([date, summaries]) => ({ date, summaries }));
}
