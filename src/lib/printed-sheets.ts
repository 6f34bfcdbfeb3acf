import { POSTER_SIZES } from './poster';
import { routes } from './routes';

/**
 * Every sheet `npm run poster` prints, in one place: the print script, the tests and the docs
 * read this list. A new printed sheet is one entry here and one page that builds it.
 */
export interface PrintedSheet {
  /** The page that lays out the sheet, from src/lib/routes.ts (without the base path). */
  path: string;
  /** The PDF's file name in the output folder. */
  file: string;
  /** The paper it is printed on, portrait. */
  paper: 'A4' | 'A3';
  /** What it is, for people: "Waiting room poster (A4)". */
  label: string;
  /**
   * The most sheets it may run to. Left out, it is one sheet, as a poster must be; a leaflet or
   * a large-print copy runs to as many as its words need.
   */
  maxPages?: number;
}

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } } as const;

export const PRINTED_SHEETS: readonly PrintedSheet[] = [
  ...POSTER_SIZES.map(({ id, label }) => ({
    path: routes.poster(id),
    file: `social-media-rules-poster-${label}.pdf`,
    paper: label,
    label: `Waiting room poster (${label})`,
  })),
  { path: routes.staffSheet, file: 'staff-sheet-facebook-page-A4.pdf', paper: 'A4', label: 'Staff sheet: our Facebook page (A4)' },
  // Several sheets each: the Easy Read leaflet has a page or so per three rules, large print about one per rule.
  { path: routes.easyReadLeaflet, file: 'social-media-rules-easy-read-A4.pdf', paper: 'A4', label: 'Easy Read leaflet (A4)', maxPages: 20 },
  { path: routes.largePrint, file: 'social-media-guidance-large-print-A4.pdf', paper: 'A4', label: 'Large print guidance (A4)', maxPages: 30 },
];
