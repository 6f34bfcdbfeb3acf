import { getClauses } from './collections';
import { contentDir } from './content-dir';
import { practice } from './site-data';
import { loadStaffKit, type StaffKit } from './staff-kit';

/**
 * The staff kit for the pages being built, from this build's rules, site address and folder.
 * The content check has already run, so a problem here would be a bug, and stops the build.
 */
export async function getStaffKit(site: URL): Promise<StaffKit> {
  const rules = (await getClauses()).map(({ data }) => data);
  return loadStaffKit({ dir: contentDir(), practice, rules, site, base: import.meta.env.BASE_URL });
}
