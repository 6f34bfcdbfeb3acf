import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadPractice } from '../lib/content/practice-facts';
import { HOST_FILE_NAMES, limitProblems, type HostFileName } from './host-files';
import { azureConfig } from './hosts/azure-config';
import { netlifyHeaders } from './hosts/netlify-headers';
import { nginxConf } from './hosts/nginx-conf';
import { topLevelEntries } from './hosts/top-level-entries';
import { CSP_DIRECTIVES, cspHash, FOLDER_POLICIES, folderPolicyFor, headerPolicy, SCRIPT_SOURCES, siteHostStyle, STYLE_SOURCES, type FolderPolicy } from './policy';

/**
 * Puts the policy in front of Astro, which writes it into every page's <meta> tag with the
 * hashes of the inline scripts and styles it bundles; after the build, writes each host's file
 * from the policy the pages actually carry, so the headers always match what was built.
 * List it after the integration that sets the site's address, and after Pagefind's.
 */
export function securityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-policy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!config.site) throw new Error('securityPolicy() needs the site address: list it after the integration that sets it.');
        updateConfig({
          security: {
            csp: {
              algorithm: 'SHA-256',
              directives: [...CSP_DIRECTIVES],
              scriptDirective: { resources: [...SCRIPT_SOURCES] },
              // The layout's one inline style names the site, so its hash is known only now.
              styleDirective: { resources: [...STYLE_SOURCES], hashes: [cspHash(siteHostStyle(config.site))] },
            },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = hostFiles(builtSite(outDir, base), { base, embedOrigin: loadPractice().embedOrigin });
        const problems = limitProblems(files);
        if (problems.length > 0) {
          // A host would drop the headers or refuse the deploy: publish nothing rather than that.
          rmSync(outDir, { recursive: true, force: true });
          throw new Error(`The security headers do not fit a host's limits. Nothing was built.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        for (const [name, text] of Object.entries(files)) writeFileSync(path.join(outDir, name), text);
        logger.info(`Security headers for every host: ${Object.keys(files).join(', ')}.`);
      },
    },
  };
}

/** What the host files are made from: the address of every built file, and each page's policy. */
export interface BuiltSite {
  urlPaths: string[];
  /** The Content-Security-Policy in each page's <meta> tag, by the page's address. */
  pagePolicies: Record<string, string>;
}

/** Reads the built site in dist/ ("guidance/phones/index.html" is served at "/guidance/phones/"). */
export function builtSite(outDir: string, base = '/'): BuiltSite {
  const hostFileNames = new Set<string>(Object.values(HOST_FILE_NAMES));
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !hostFileNames.has(file))
    .sort();
  const urlPath = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  // A folder with its own policy has no <meta> policy to read, and must not widen the site's.
  const pages = files.filter((file) => file.endsWith('.html') && !folderPolicyFor(urlPath(file), { base, folders: FOLDER_POLICIES }));
  return {
    urlPaths: files.map(urlPath),
    pagePolicies: Object.fromEntries(pages.map((file) => [urlPath(file), metaPolicy(readFileSync(path.join(outDir, file), 'utf8'), file)])),
  };
}

/** The host files for a built site, by file name: what the build writes and the tests measure. */
export function hostFiles(
  site: BuiltSite,
  { base, embedOrigin, folders = FOLDER_POLICIES }: { base: string; embedOrigin?: string; folders?: readonly FolderPolicy[] },
): Record<HostFileName, string> {
  const policy = { csp: headerPolicy(Object.values(site.pagePolicies), embedOrigin), base, folders };
  const entries = topLevelEntries(site.urlPaths, policy);
  return {
    [HOST_FILE_NAMES.netlify]: netlifyHeaders(policy, entries),
    [HOST_FILE_NAMES.azure]: `${JSON.stringify(azureConfig(policy, entries), null, 2)}\n`,
    [HOST_FILE_NAMES.nginx]: nginxConf(policy),
  } as Record<HostFileName, string>;
}

function metaPolicy(html: string, file: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!match) throw new Error(`${file} has no Content-Security-Policy: every page must have one.`);
  return match[1]!.replace(/&#39;/g, "'");
}
