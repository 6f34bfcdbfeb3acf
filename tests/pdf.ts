/**
 * Reads printed sheets the way a printer and a phone would: the text and its size in points, and
 * the page as pixels for the QR code. pdf.js (Mozilla's PDF reader) renders in Node with the
 * canvas package it brings.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** All the text, in reading order, with spaces between runs. */
  text: string;
  /** Each run of text and its size in points. */
  runs: { text: string; pt: number }[];
  pages: number;
}

async function open(file: string) {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
}

/** Every page's text, and the size each run is printed at. */
export async function pdfText(file: string): Promise<PdfText> {
  const pdf = await open(file);
  const runs: PdfText['runs'] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      // The text's transform is [a b c d e f]: its size is the length of the (c, d) vector.
      runs.push({ text: item.str, pt: Math.hypot(item.transform[2], item.transform[3]) });
    }
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: runs.map((run) => run.text).join(' '), runs, pages };
}

/** The QR code on the first page, read from pixels at 150 dots per inch; undefined if none. */
export async function pdfQrCode(file: string): Promise<string | undefined> {
  const pdf = await open(file);
  try {
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: 150 / 72 });
    // pdf.js's own canvas factory: in Node it makes canvases with the canvas package it brings.
    const factory = pdf.canvasFactory as { create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  } finally {
    await pdf.destroy();
  }
}
