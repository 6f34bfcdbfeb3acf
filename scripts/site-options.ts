// The options every site command takes, the same in Windows PowerShell and a Unix shell:
//   npm run build -- --content examples/riverside --base /policies/social-media/
// Each sets the environment variable a host can set instead (hosts run `npm run build`).
import { parseArgs } from 'node:util';

/** Each option, the environment variable it sets, and what it is for (shown by --help). */
const SITE_OPTIONS = {
  content: { env: 'GUIDANCE_CONTENT_DIR', takes: 'folder', help: 'build another content folder, such as examples/riverside' },
  base: { env: 'GUIDANCE_BASE', takes: 'path', help: 'serve the site in a folder of a website, such as /policies/social-media/' },
  'require-site-url': { env: 'REQUIRE_SITE_URL', help: 'stop if siteUrl is not set (for a build you will publish)' },
  'review-strict': { env: 'REVIEW_STRICT', help: 'stop if the review is overdue' },
  draft: { env: 'GUIDANCE_DRAFT', help: 'print sheets as drafts: "DRAFT – not for display" and no QR code' },
} as const satisfies Record<string, { env: string; takes?: string; help: string }>;

export type SiteOption = keyof typeof SITE_OPTIONS;

/**
 * Reads the site options from the command line into environment variables, on top of the ones
 * already set. Anything else (such as Astro's --outDir) is passed on, in `rest`.
 */
export function siteOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { env: NodeJS.ProcessEnv; rest: string[]; help: boolean } {
  const options = Object.fromEntries([
    ...Object.entries(SITE_OPTIONS).map(([name, option]) => [name, { type: 'takes' in option ? 'string' : 'boolean' }]),
    ['help', { type: 'boolean' }],
  ]) as Record<string, { type: 'string' | 'boolean' }>;
  const { values, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const known = new Set(Object.keys(options));
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') rest.push(token.value);
    else if (token.kind === 'option' && !known.has(token.name)) rest.push(token.rawName, ...(token.value === undefined ? [] : [token.value]));
  }
  const next: NodeJS.ProcessEnv = { ...env };
  for (const [name, option] of Object.entries(SITE_OPTIONS)) {
    let value = values[name] ?? fromNpm(name, env);
    // `--content examples/riverside` read by npm itself arrives as "true" and a loose word.
    if ('takes' in option && value === 'true') value = rest.shift();
    if (value === undefined || value === false || value === 'false') continue;
    next[option.env] = value === true || (!('takes' in option) && value === 'true') ? '1' : String(value);
  }
  return { env: next, rest, help: values.help === true };
}

/**
 * An option npm read as its own setting: older npm.ps1 shims in Windows PowerShell drop the `--`
 * in `npm run poster -- --draft` (npm/cli#4903), so npm takes `--draft` itself and hands it on as
 * npm_config_draft. Reading it here keeps the documented commands working there too.
 */
function fromNpm(name: string, env: NodeJS.ProcessEnv): string | undefined {
  return env[`npm_config_${name.replaceAll('-', '_')}`];
}

/** The --help text for a command. */
export function optionsHelp(usage: string, only: readonly SiteOption[] = Object.keys(SITE_OPTIONS) as SiteOption[]): string {
  const lines = only.map((name) => {
    const option: { takes?: string; help: string; env: string } = SITE_OPTIONS[name];
    const flag = `--${name}${option.takes ? ` <${option.takes}>` : ''}`;
    return `  ${flag.padEnd(28)} ${option.help} (or set ${option.env})`;
  });
  return [`Usage: ${usage}`, '', 'Options:', ...lines].join('\n');
}
