import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { practiceSchema, type Practice } from '../schemas/practice';
import { contentDir, displayPath } from './content-dir';
import { ContentError, firstLine, parseContent } from './friendly-errors';

export const PRACTICE_FILE = 'practice.yaml';

/** Reads and checks the practice facts file, or explains what is wrong with it. */
export function loadPractice(dir: string = contentDir()): Practice {
  const file = path.join(dir, PRACTICE_FILE);
  return parseContent(practiceSchema, readYaml(file), displayPath(file));
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`${displayPath(file)}: the practice facts file is missing.`]);
  }
  try {
    return parse(text) ?? {};
  } catch (error) {
    throw new ContentError([`${displayPath(file)}: this is not valid YAML. ${firstLine(error)}`]);
  }
}

/** The link that calls a UK number: "0117 959 1919" becomes "tel:+441179591919". */
export function telHref(phone: string): string {
  return `tel:+44${phone.replaceAll(' ', '').slice(1)}`;
}

/** Where the online form lives: the form itself if known, otherwise the surgery website. */
export function onlineFormHref(practice: Practice): string {
  return practice.onlineFormUrl ?? practice.website;
}
