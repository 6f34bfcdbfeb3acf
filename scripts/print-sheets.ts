// Prints every sheet in src/lib/print/printed-sheets.ts to PDF from a running copy of the site, each
// on the pages it may have. A sheet that is too long has its type shrunk (--sheet-scale) down to
// its stated minimum; if it still does not fit, printing stops and says what to shorten.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { PAPER_MM, pagesAllowed, PRINTED_SHEETS, type PrintedSheet } from '../src/lib/print/printed-sheets';
import { t } from '../src/strings/en';
import { launchOptions } from './chromium.mjs';

/** The smallest --sheet-scale tried: by then every line is at its sheet's minimum type. */
const SMALLEST_SCALE = 0.3;
/** How close to the largest type that fits the search goes. */
const SCALE_PRECISION = 0.01;

/** A sheet that cannot be printed as it is, with what to do about it. */
export class SheetError extends Error {
  override name = 'SheetError';
}

export interface PrintedFile {
  sheet: PrintedSheet;
  file: string;
  /** The --sheet-scale it printed at: 1 is full size. */
  scale: number;
}

/**
 * Prints each sheet from a running copy of the site into outDir. baseURL is the site's home,
 * with any base path: http://127.0.0.1:4321/policies/social-media/. With `draft`, each sheet
 * must show the draft mark and no QR code; without, it must not be a draft.
 */
export async function printSheets(baseURL: string, outDir: string, { draft }: { draft: boolean }): Promise<PrintedFile[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    const printed: PrintedFile[] = [];
    for (const sheet of PRINTED_SHEETS) {
      // The sheet's path is relative to the site's home, which may sit in a folder.
      const response = await page.goto(new URL(sheet.path.slice(1), baseURL).href);
      if (!response?.ok()) throw new SheetError(`${sheet.label}: ${sheet.path} answered ${response?.status()}. Is the site built?`);
      await page.evaluate(() => document.fonts.ready);
      await checkDraft(page, sheet, draft);
      const { pdf, scale } = await fit(page, sheet);
      const file = path.join(outDir, sheet.file);
      writeFileSync(file, pdf);
      printed.push({ sheet, file, scale });
    }
    return printed;
  } finally {
    await browser.close();
  }
}

/** A draft has the mark and no QR code; a sheet for the wall has a QR code and no mark. */
async function checkDraft(page: Page, sheet: PrintedSheet, draft: boolean): Promise<void> {
  const marked = (await page.getByText(t.draft.mark).count()) > 0;
  const qrCodes = await page.getByRole('img', { name: /^QR code/ }).count();
  if (draft && (!marked || qrCodes > 0)) {
    throw new SheetError(`${sheet.label} is not marked as a draft${qrCodes > 0 ? ' and has a QR code' : ''}: its page must use PosterLayout and leave out the QR code when isDraft() says so.`);
  }
  if (!draft && marked) throw new SheetError(`${sheet.label} is marked as a draft, but this print is not one.`);
}

/**
 * The PDF at the largest type that fits the sheet's pages: full size if it fits, otherwise the
 * largest --sheet-scale that does, found by halving. A sheet that does not fit at its smallest
 * type (or cannot shrink) gives a SheetError saying what to shorten.
 */
async function fit(page: Page, sheet: PrintedSheet): Promise<{ pdf: Buffer; scale: number }> {
  await page.emulateMedia({ media: 'print' });
  // Laid out at the printable width, the page measures as it prints.
  await page.setViewportSize({ width: await printableWidth(page, sheet), height: 1000 });
  try {
    const full = await printAt(page, sheet, 1);
    if (full.fits) return { pdf: full.pdf, scale: 1 };
    const smallest = sheet.minTextPt === undefined ? full : await printAt(page, sheet, SMALLEST_SCALE);
    if (!smallest.fits) throw new SheetError(tooLong(sheet, smallest.pages, smallest.tooWide, await longest(page)));
    let best = { pdf: smallest.pdf, scale: SMALLEST_SCALE };
    let [low, high] = [SMALLEST_SCALE, 1];
    while (high - low > SCALE_PRECISION) {
      const scale = Math.round(((low + high) / 2) * 1000) / 1000;
      const attempt = await printAt(page, sheet, scale);
      if (attempt.fits) [best, low] = [{ pdf: attempt.pdf, scale }, scale];
      else high = scale;
    }
    return best;
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** Prints the sheet with its type at `scale`, and says whether it fits. */
async function printAt(page: Page, sheet: PrintedSheet, scale: number) {
  await page.evaluate((value) => document.documentElement.style.setProperty('--sheet-scale', String(value)), scale);
  // The page's own @page rule sets the sheet size and margins; a page without one still prints
  // on the sheet's paper, not on the browser's default US Letter.
  const pdf = await page.pdf({ format: sheet.paper, preferCSSPageSize: true, printBackground: true });
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const tooWide = await page.evaluate(sticksOut);
  return { pdf, pages, tooWide, fits: pages <= pagesAllowed(sheet) && tooWide.length === 0 };
}

/** The width inside the margins of the sheet's @page rule, in CSS pixels. */
async function printableWidth(page: Page, sheet: PrintedSheet): Promise<number> {
  const paperMm = PAPER_MM[sheet.paper].width;
  return page.evaluate((paper) => {
    // Every sheet names its page on the body, so a draft banner prints on the same page.
    const named = getComputedStyle(document.body).page;
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule);
    const rule = rules.find((candidate) => candidate.selectorText === named) ?? rules.find((candidate) => candidate.selectorText === '');
    const probe = document.createElement('div');
    const margins = [rule?.style.marginLeft || '0px', rule?.style.marginRight || '0px'];
    probe.style.width = `calc(${paper}mm - ${margins[0]} - ${margins[1]})`;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return Math.floor(width);
  }, paperMm);
}

/** Runs in the page: what sticks out sideways, past its own box or the sheet's, by the name each part gives itself. */
function sticksOut(): string[] {
  const sheet = (document.querySelector('main') ?? document.body).getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('[data-shorten]')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return element.scrollWidth > element.clientWidth + 1 || box.left < sheet.left - 1 || box.right > sheet.right + 1;
    })
    .map((element) => element.dataset.shorten!);
}

/** The longest things on the sheet that can be shortened, longest first. */
async function longest(page: Page): Promise<string[]> {
  const parts = await page.locator('[data-shorten]').evaluateAll((elements) =>
    elements.map((element) => ({ what: (element as HTMLElement).dataset.shorten!, height: element.getBoundingClientRect().height })),
  );
  return parts.sort((a, b) => b.height - a.height).map(({ what }) => what);
}

function tooLong(sheet: PrintedSheet, pages: number, tooWide: string[], longestFirst: string[]): string {
  const allowed = pagesAllowed(sheet) === 1 ? 'one sheet' : `${pagesAllowed(sheet)} pages`;
  const type = sheet.minTextPt === undefined ? '' : `, even with its smallest type (${sheet.minTextPt} pt)`;
  const problem = tooWide.length > 0 ? `${tooWide.join(' and ')} ${tooWide.length === 1 ? 'is' : 'are'} too wide for the sheet` : `it runs to ${pages} pages`;
  const shorten = tooWide.length > 0 ? tooWide : longestFirst.slice(0, 3);
  return (
    `${sheet.label} does not fit on ${allowed}${type}: ${problem}. ` +
    (shorten.length > 0 ? `Shorten ${shorten.join(', or ')}, then print again.` : 'Shorten what it shows, then print again.')
  );
}
