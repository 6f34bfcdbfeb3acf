// The content folder's YAML files that the pages show, read and checked once: the only module
// that pages take them from. In `npm run dev`, src/integrations/live-preview.ts re-runs this
// module (and the pages that import it) whenever a YAML file in the content folder changes.
import path from 'node:path';
import { easyReadSignpostsSchema } from '../../schemas/easy-read';
import { loadChangelog } from './changelog';
import { contentDir, displayPath } from './content-dir';
import { EASY_READ_FOLDER, EASY_READ_SIGNPOSTS_FILE } from '../easy-read/easy-read-checks';
import { parseContent } from './friendly-errors';
import { loadPractice } from './practice-facts';
import { loadSignposts } from './signposts';
import { readYamlFile } from './yaml-file';

/** The Easy Read wording of the ways to contact the surgery, checked (content/easy-read/signposts.yaml). */
function loadEasyReadSignposts(dir: string = contentDir()) {
  const file = path.join(dir, EASY_READ_FOLDER, EASY_READ_SIGNPOSTS_FILE);
  return parseContent(easyReadSignpostsSchema, readYamlFile(file, 'the Easy Read words for the ways to contact us'), displayPath(file));
}

/** The practice facts (content/practice.yaml). */
export const practice = loadPractice();

/** The signposts and the contact page's tasks (content/signposts.yaml). */
export const signposts = loadSignposts();

/** The Easy Read words for each signpost (content/easy-read/signposts.yaml). */
export const easyReadSignposts = loadEasyReadSignposts();

/** What changed, as written (content/changelog.yaml). */
export const changes = loadChangelog();
