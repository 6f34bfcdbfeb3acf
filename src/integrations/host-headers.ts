import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { azureConfig, headerPolicy, headerRules, HOST_FILE_NAMES as HOST_FILES, netlifyHeaders, nginxSnippet } from '../lib/host-headers';
import { loadPractice } from '../lib/practice-facts';

/**
 * Writes the security and caching headers for each kind of host into dist/, from the policy
 * Astro put in the pages, so the headers always match what was built.
 */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'guidance-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);
        const policies = pages.map((file) => pagePolicy(readFileSync(file, 'utf8'), file));
        const urls = pages.map((file) => pageUrl(path.relative(site, file))).filter((url): url is string => url !== undefined);
        const rules = headerRules({ policy: headerPolicy(policies, loadPractice().embedOrigin), pages: urls, base });
        writeFileSync(path.join(site, HOST_FILES.netlify), netlifyHeaders(rules));
        writeFileSync(path.join(site, HOST_FILES.azure), `${JSON.stringify(azureConfig(rules, base), null, 2)}\n`);
        writeFileSync(path.join(site, HOST_FILES.nginx), nginxSnippet(rules, base));
        logger.info(`Host headers for ${urls.length} pages: ${Object.values(HOST_FILES).join(', ')}.`);
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name))
    .sort();
}

function pagePolicy(html: string, file: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!match) throw new Error(`${file} has no Content-Security-Policy: every page must have one.`);
  return match[1]!.replace(/&#39;/g, "'");
}

/** "guidance/phones/index.html" is served at "/guidance/phones/"; the 404 page has its own rule. */
function pageUrl(relative: string): string | undefined {
  const url = `/${relative.split(path.sep).join('/')}`;
  return url === '/404.html' ? undefined : url.replace(/index\.html$/, '');
}
