// Prints the waiting-room posters as PDFs, one sheet each, ready for a printer at 100% size.
// Usage: npm run poster [-- folder]   (default folder: posters/)
// It always builds first, so the poster shows the current rules and the current siteUrl.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

/** The poster pages and their PDF names: keep in step with src/lib/poster.ts. */
export const POSTERS = [
  { path: '/poster/a4/', file: 'social-media-rules-poster-A4.pdf' },
  { path: '/poster/a3/', file: 'social-media-rules-poster-A3.pdf' },
];

/** Prints each poster from a running copy of the site into outDir, returning the files written. */
export async function printPosters(baseURL, outDir) {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    const files = [];
    for (const poster of POSTERS) {
      const response = await page.goto(new URL(poster.path, baseURL).href);
      if (!response?.ok()) throw new Error(`${poster.path} answered ${response?.status()}: is the site built?`);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, poster.file);
      // The page's own @page rule sets the sheet size and margins.
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      files.push(file);
    }
    return files;
  } finally {
    await browser.close();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url, child) {
  for (let tries = 0; tries < 120; tries++) {
    if (child.exitCode !== null) throw new Error('astro preview stopped before it was ready.');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer at ${url}.`);
}

async function main() {
  const outDir = path.resolve(process.argv[2] ?? 'posters');
  console.log('Building the site, so the posters show the current rules and address.');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}/`;
  // Its own process group, so stopping it stops npx and the server under it.
  const preview = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(baseURL, preview);
    const files = await printPosters(baseURL, outDir);
    console.log(`\nPosters written to ${path.relative(process.cwd(), outDir) || '.'}/:`);
    for (const file of files) console.log(`  ${file}`);
    console.log('Print them at 100% ("actual size"), not "fit to page".');
  } finally {
    process.kill(-preview.pid);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
