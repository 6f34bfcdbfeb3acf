import { POSTER_SIZES } from './poster-layout';
import { routes } from '../site/routes';
import { t } from '../../strings/en';

/**
 * Every sheet `npm run poster` prints, in one place: the print script, the tests and the docs
 * read this list. A new printed sheet is one entry here and one page that builds it, laid out
 * with PosterLayout, which marks drafts: until siteUrl is set (or with --draft), every sheet says
 * "DRAFT – not for display" and has no QR code, and `npm run poster` checks that each one does.
 */
export interface PrintedSheet {
  /** The page that lays out the sheet, from src/lib/site/routes.ts (without the base path). */
  path: string;
  /** The PDF's file name in the output folder. */
  file: string;
  /** The paper it is printed on, portrait. */
  paper: 'A4' | 'A3';
  /** What it is, for people: "Waiting room poster (A4)". Its page's title, from src/strings/en.ts. */
  label: string;
  /** How many pages it may run to (1 if left out, as for a poster). More and `npm run poster` stops. */
  pages?: number;
  /**
   * The smallest type, in points, the sheet may shrink to so that it fits its pages. Its page
   * sizes type with the CSS variable --sheet-scale (1 by default), and never below this.
   * Leave it out for a sheet whose type never shrinks.
   */
  minTextPt?: number;
}

/** How many pages a sheet may run to. */
export function pagesAllowed(sheet: PrintedSheet): number {
  return sheet.pages ?? 1;
}

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } } as const;

/** The posters' smallest type: read from a chair across the waiting room. A3 is A4 scaled up. */
const POSTER_MIN_TEXT_PT = { A4: 14, A3: 19.5 } as const;

export const PRINTED_SHEETS: readonly PrintedSheet[] = [
  ...POSTER_SIZES.map(({ id, label }) => ({
    path: routes.poster(id),
    file: `social-media-rules-poster-${label}.pdf`,
    paper: label,
    label: t.poster.title(label),
    minTextPt: POSTER_MIN_TEXT_PT[label],
  })),
  { path: routes.staffSheet, file: 'staff-sheet-facebook-page-A4.pdf', paper: 'A4', label: t.staff.sheet.title },
  // Several sheets each: the Easy Read leaflet has a page or so per three rules, large print about one per rule.
  { path: routes.easyReadLeaflet, file: 'social-media-rules-easy-read-A4.pdf', paper: 'A4', label: t.easyRead.leaflet.title, pages: 20 },
  { path: routes.largePrint, file: 'social-media-guidance-large-print-A4.pdf', paper: 'A4', label: t.easyRead.largePrint.title, pages: 30 },
];
