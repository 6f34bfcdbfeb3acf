// npm run poster: prints every sheet in src/lib/print/printed-sheets.ts as a PDF, ready for a printer
// at 100% size. It builds the site first, into a folder of its own, so the sheets show the
// current rules and siteUrl (and dist/, ready to publish, is left as it is).
//   npm run poster                       the sheets, into posters/
//   npm run poster -- --draft            drafts to check: "DRAFT – not for display", no QR code
//   npm run poster -- --out some/folder  somewhere else (or: npm run poster -- some/folder)
// Without siteUrl in the facts file it stops, unless --draft: a QR code for a preview address
// works for nobody.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir, displayPath } from '../src/lib/content/content-dir';
import { loadPractice, PRACTICE_FILE } from '../src/lib/content/practice-facts';
import { isDraft } from '../src/lib/site/site-url';
import { printSheets, SheetError } from './print-sheets';
import { serve } from './serve.mjs';
import { astro, contentIsReady } from './site';
import { optionsHelp, siteOptions } from './site-options';

async function main(): Promise<number> {
  const { env, rest, help } = siteOptions(process.argv.slice(2));
  if (help) {
    console.log(optionsHelp('npm run poster -- [--out folder] [options]', ['draft', 'content', 'base']));
    return 0;
  }
  const outIndex = rest.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 ? rest[outIndex + 1]! : (rest[0] ?? 'posters'));

  if (!contentIsReady(env)) return 1;
  const dir = contentDir(env);
  const practice = loadPractice(dir);
  if (!practice.siteUrl && env.GUIDANCE_DRAFT !== '1') {
    console.error(
      `\n${displayPath(path.join(dir, PRACTICE_FILE))}: the field "siteUrl" is not set, so the posters would have no QR code or web address.\n` +
        '  Set siteUrl to the address the site is published at, such as https://guidance.example.nhs.uk/, then run npm run poster again.\n' +
        '  To print drafts to check the layout, run: npm run poster -- --draft\n',
    );
    return 1;
  }
  const draft = isDraft(practice, env);

  const work = mkdtempSync(path.join(tmpdir(), 'printed-sheets-'));
  try {
    console.log(`Building the site, so the sheets show the current rules${draft ? ' (as drafts)' : ' and address'}.`);
    const site = path.join(work, 'dist');
    if (astro(['build', '--outDir', site], env) !== 0) return 1;

    // Served here, on any free port: it works beside `npm start`, and under a base path.
    const base = env.GUIDANCE_BASE ?? '/';
    const server = await serve({ dir: site, port: 0, base });
    const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.endsWith('/') ? base : `${base}/`}`;
    try {
      const printed = await printSheets(baseURL, outDir, { draft });
      console.log(`\n${draft ? 'Drafts' : 'Printed sheets'} written to ${displayPath(outDir)}${path.sep}:`);
      for (const { file, scale } of printed) console.log(`  ${displayPath(file)}${scale < 1 ? ` (type at ${Math.round(scale * 100)}% to fit)` : ''}`);
      console.log(draft ? 'These are drafts: check them, but do not put them up.' : 'Print them at 100% ("actual size"), not "fit to page".');
      return 0;
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      console.error(`\n${error.message}\n`);
      return 1;
    } finally {
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
