import path from 'node:path';
import { practiceSchema, type Practice } from '../../schemas/practice';
import { contentDir, displayPath } from './content-dir';
import { parseContent } from './friendly-errors';
import { readYamlFile } from './yaml-file';

export const PRACTICE_FILE = 'practice.yaml';

/** Reads and checks the practice facts file, or explains what is wrong with it. */
export function loadPractice(dir: string = contentDir()): Practice {
  const file = path.join(dir, PRACTICE_FILE);
  return parseContent(practiceSchema, readYamlFile(file, 'the practice facts file'), displayPath(file));
}

/** The link that calls a UK number: "0117 959 1919" becomes "tel:+441179591919". */
export function telHref(phone: string): string {
  return `tel:+44${phone.replaceAll(' ', '').slice(1)}`;
}

/** Where the online form lives: the form itself if known, otherwise the surgery website. */
export function onlineFormHref(practice: Practice): string {
  return practice.onlineFormUrl ?? practice.website;
}
