import { CACHING, everyResponseHeaders, folderPageHeaders, type SitePolicy } from '../policy';
import type { TopLevelEntry } from './top-level-entries';

/**
 * `_headers`, which Netlify and Cloudflare Pages read: one rule for every response, then one for
 * each top-level file or folder.
 *
 * Both hosts apply every rule that matches an address. Cloudflare documents it: a request
 * "will inherit all rules' headers", and "If a header is applied twice in the _headers file, the
 * values are joined with a comma separator" (https://developers.cloudflare.com/pages/configuration/headers/).
 * Netlify does not document the case; its parser (netlify/build, packages/headers-parser) skips
 * Cloudflare's "! Header" detach line, so detaching cannot be shared between them. So no two
 * rules that can match one address set the same header: a page never gets two Cache-Control values.
 *
 * A folder's rule is "/guidance/*": on both hosts it matches "/guidance/" itself too (Cloudflare's
 * splat "will greedily match all characters"; Netlify makes a lone "*" segment optional).
 */
export function netlifyHeaders(site: SitePolicy, entries: readonly TopLevelEntry[]): string {
  const rules: [string, Record<string, string>][] = [
    [`${site.base}*`, everyResponseHeaders(site.base)],
    ...entries.map(({ path, folder, kind, policy }): [string, Record<string, string>] => [
      folder ? `${path}*` : path,
      kind === 'page' ? folderPageHeaders(site, policy) : { 'Cache-Control': CACHING[kind] },
    ]),
  ];
  const lines = rules.flatMap(([pattern, headers]) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)]);
  return `# Written by the build from src/security/policy.ts.\n${lines.join('\n')}\n`;
}
