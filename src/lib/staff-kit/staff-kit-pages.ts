import { getClauses } from '../site/collections';
import { contentDir } from '../content/content-dir';
import { ContentError } from '../content/friendly-errors';
import { practice } from '../content/yaml-content';
import { checkStaffKit, type StaffKit } from './staff-kit';

let warned = false;

/**
 * The staff kit for the pages being built, from this build's rules, site address and folder.
 * The content check has already run, so a problem here would be a bug, and stops the build.
 * What only warns (a rule with no replies yet) is said once in the build's output, where a
 * host's log shows it.
 */
export async function getStaffKit(site: URL): Promise<StaffKit> {
  const rules = (await getClauses()).map(({ data }) => data);
  const { kit, problems, warnings } = checkStaffKit({ dir: contentDir(), practice, rules, site, base: import.meta.env.BASE_URL });
  if (!kit) throw new ContentError(problems);
  if (!warned) for (const warning of warnings) console.warn(`\nWarning: ${warning}`);
  warned = true;
  return kit;
}
