// Prints every sheet in src/lib/printed-sheets.ts as a PDF, one sheet each, ready for a printer
// at 100% size. Usage: npm run poster [-- folder]   (default folder: posters/)
// It always builds first, so the sheets show the current rules and the current siteUrl.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { PRINTED_SHEETS } from '../src/lib/printed-sheets';
import { launchOptions } from './chromium.mjs';
import { serve } from './serve.mjs';

/**
 * Prints each sheet from a running copy of the site into outDir, returning the files written.
 * baseURL is the site's home, with any base path: http://127.0.0.1:4321/policies/social-media/.
 */
export async function printSheets(baseURL: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    const files: string[] = [];
    for (const sheet of PRINTED_SHEETS) {
      // The sheet's path is relative to the site's home, which may sit in a folder.
      const response = await page.goto(new URL(sheet.path.slice(1), baseURL).href);
      if (!response?.ok()) throw new Error(`${sheet.path} answered ${response?.status()}: is the site built?`);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, sheet.file);
      // The page's own @page rule sets the sheet size and margins.
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      files.push(file);
    }
    return files;
  } finally {
    await browser.close();
  }
}

async function main() {
  const outDir = path.resolve(process.argv[2] ?? 'posters');
  console.log('Building the site, so the posters show the current rules and address.');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

  // Served here, on any free port: it works beside `npm start`, and under a base path.
  const base = process.env.GUIDANCE_BASE ?? '/';
  const server = await serve({ dir: 'dist', port: 0, base });
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.endsWith('/') ? base : `${base}/`}`;
  try {
    const files = await printSheets(baseURL, outDir);
    console.log(`\nPrinted sheets written to ${path.relative(process.cwd(), outDir) || '.'}/:`);
    for (const file of files) console.log(`  ${file}`);
    console.log('Print them at 100% ("actual size"), not "fit to page".');
  } finally {
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
