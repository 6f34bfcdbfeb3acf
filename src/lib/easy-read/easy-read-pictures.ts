import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import icons from '@iconify-json/healthicons/icons.json' with { type: 'json' };
import info from '@iconify-json/healthicons/info.json' with { type: 'json' };

/**
 * The pictures beside Easy Read ideas: Health Icons (healthicons.org), installed from npm as
 * @iconify-json/healthicons and written into the site as SVG files at build time, so no page
 * asks another website for anything. A content file names a picture by its icon name ("phone").
 */

/** Where the icon names can be looked up, for messages and the editing guide. */
export const PICTURE_CATALOGUE_URL = 'https://healthicons.org/';

/** The set's name, author and licence, for the accessibility statement. */
export const PICTURE_CREDIT = {
  name: info.name,
  author: info.author.name,
  licence: info.license.title,
} as const;

/** Pictures are drawn in NHS blue, which has a contrast of 6.9:1 on white (WCAG 1.4.11 asks for 3:1). */
const PICTURE_COLOUR = '#005eb8';

/** True if the icon set has a picture of this name. */
export function isPicture(name: string): boolean {
  return getIconData(icons, name) !== null;
}

/** A few picture names like the one asked for, to suggest when a name is not found. */
export function similarPictures(name: string, limit = 5): string[] {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  const names = Object.keys(icons.icons).filter((candidate) => !/(-negative|-24px|2x-outline)$/.test(candidate));
  // A name that is one of the words comes first, then names containing one, shortest first.
  const score = (candidate: string) => (words.includes(candidate) ? 2 : words.some((word) => candidate.includes(word)) ? 1 : 0);
  return names
    .filter((candidate) => score(candidate) > 0)
    .sort((a, b) => score(b) - score(a) || a.length - b.length)
    .slice(0, limit);
}

/** The picture as a standalone SVG file, 24 units square, in NHS blue. */
export function pictureSvg(name: string): string {
  const data = getIconData(icons, name);
  if (!data) throw new Error(`There is no picture called "${name}" in ${info.name}.`);
  const { attributes, body } = iconToSVG(data, { height: 'auto' });
  return iconToHTML(body.replaceAll('currentColor', PICTURE_COLOUR), attributes);
}
