import { fileKind, type FileKind, type FolderPolicy, type SitePolicy } from '../policy';

/** An address at the top of the site, or a folder there with everything in it: one host rule each. */
export interface TopLevelEntry {
  /** "/robots.txt", "/" (the home page) or, for a folder, "/guidance/"; with the base path in front. */
  path: string;
  folder: boolean;
  /** A folder with any page in it counts as pages: everything in it gets the page headers. */
  kind: FileKind;
  /** The folder's own policy, if it has one. */
  policy?: FolderPolicy;
}

/**
 * The site's top-level files and folders, from the address of every built file. Host files have
 * one rule per entry, so they stay the same size however many rules and pages the site has.
 */
export function topLevelEntries(urlPaths: readonly string[], { base, folders }: SitePolicy): TopLevelEntry[] {
  const entries = new Map<string, TopLevelEntry>();
  for (const urlPath of urlPaths) {
    const [first = '', ...rest] = urlPath.slice(base.length).split('/');
    const folder = rest.length > 0;
    const path = `${base}${first}${folder ? '/' : ''}`;
    const kind = fileKind(urlPath, base);
    const known = entries.get(path);
    entries.set(path, { path, folder, kind: known?.kind === 'page' ? 'page' : kind });
  }
  for (const policy of folders) {
    // A deeper folder would overlap its parent's rule, and two rules would send two policies.
    if (!/^\/[^/]+\/$/.test(policy.folder)) throw new Error(`Folder policy "${policy.folder}": use a folder at the top of the site, such as "/admin/".`);
    const path = `${base}${policy.folder.slice(1)}`;
    entries.set(path, { path, folder: true, kind: 'page', policy });
  }
  return [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
}
