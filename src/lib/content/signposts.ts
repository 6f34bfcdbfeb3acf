import path from 'node:path';
import { signpostsFileSchema, type Signpost, type SignpostsFile } from '../../schemas/signpost';
import type { Practice } from '../../schemas/practice';
import { contentDir, displayPath } from './content-dir';
import { ContentError, parseContent } from './friendly-errors';
import { readYamlFile } from './yaml-file';
import { onlineFormHref, telHref } from './practice-facts';
import { routes } from '../site/routes';
import { factLinkHref } from './fact-links';

export const SIGNPOSTS_FILE = 'signposts.yaml';

/** Reads and checks the signposts file, including that every id it uses is defined once. */
export function loadSignposts(dir: string = contentDir()): SignpostsFile {
  const file = path.join(dir, SIGNPOSTS_FILE);
  const shown = displayPath(file);
  const data = readYamlFile(file, 'the signposts file');
  const signposts = parseContent(signpostsFileSchema, data, shown);
  const problems: string[] = [];
  const ids = new Set<string>();
  signposts.signposts.forEach(({ id }, index) => {
    if (ids.has(id)) problems.push(`${shown}: the field "signposts" (item ${index + 1}) has the id "${id}", which is already used.`);
    ids.add(id);
  });
  signposts.tasks.forEach((task, index) => {
    for (const id of unknownIds(task.signposts, ids)) {
      problems.push(`${shown}: the field "tasks" (item ${index + 1}) names the signpost "${id}", which does not exist.`);
    }
  });
  for (const id of unknownIds(signposts.everyday, ids)) {
    problems.push(`${shown}: the field "everyday" names the signpost "${id}", which does not exist.`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return signposts;
}

/** The ids in a list that are not defined. */
export function unknownIds(list: readonly string[], known: ReadonlySet<string>): string[] {
  return list.filter((id) => !known.has(id));
}

/** The signposts with these ids, in the order given. */
export function pick(all: readonly Signpost[], ids: readonly string[]): Signpost[] {
  return ids.map((id) => {
    const signpost = all.find((candidate) => candidate.id === id);
    if (!signpost) throw new Error(`There is no signpost "${id}".`);
    return signpost;
  });
}

/** Where a signpost's link goes, and what a patient should know about it. */
export interface SignpostTarget {
  /** A path of this site (without the base), or a full https:, tel: or mailto: address. */
  href: string;
  /** The other website's host name, when the link leaves this site. */
  leavesFor?: string;
  /** The phone number or email address, when the link calls or emails the surgery. */
  contact?: { kind: 'phone' | 'email'; value: string };
}

export function signpostTarget(signpost: Signpost, practice: Practice): SignpostTarget {
  if (signpost.page) return { href: routes[signpost.page] };
  if (signpost.fact === 'phone') return { href: telHref(practice.phone), contact: { kind: 'phone', value: practice.phone } };
  if (signpost.fact === 'email') return { href: `mailto:${practice.email}`, contact: { kind: 'email', value: practice.email } };
  const href = signpost.fact === 'onlineForm' ? onlineFormHref(practice) : signpost.fact ? factLinkHref(practice, signpost.fact) : signpost.url;
  if (!href) throw new Error(`The signpost "${signpost.id}" says nowhere to go.`);
  return href.startsWith('https://') ? { href, leavesFor: new URL(href).host } : { href };
}
