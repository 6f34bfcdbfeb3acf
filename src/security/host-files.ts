/**
 * The files the build writes into dist/ for hosts, and each host's documented limits on them.
 * The build stops if a file breaks a limit (a host would silently drop headers, or refuse the
 * deploy), and the tests check the real site and an 800-rule site against the same table.
 */
import { HOST_FILE_NAMES } from './host-file-names.mjs';

// The names live in a plain .mjs file that scripts/serve.mjs reads too.
export { HOST_FILE_NAMES };

export type HostFileName = (typeof HOST_FILE_NAMES)[keyof typeof HOST_FILE_NAMES];

/** One documented limit: a new one found later is one more entry in HOST_LIMITS. */
export interface HostLimit {
  host: string;
  file: HostFileName;
  /** What is counted, in words: "bytes", "header rules". */
  counts: string;
  max: number;
  count: (text: string) => number;
  /** Where the host documents it. */
  docs: string;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** A `_headers` rule starts with an address at the start of a line; its headers are indented. */
const headerRules = (text: string) => text.split('\n').filter((line) => /^(\/|https:)/.test(line)).length;
const longestLine = (text: string) => Math.max(0, ...text.split('\n').map((line) => line.length));

export const HOST_LIMITS: readonly HostLimit[] = [
  {
    host: 'Azure Static Web Apps',
    file: HOST_FILE_NAMES.azure,
    counts: 'bytes',
    max: 20 * 1024,
    count: bytes,
    docs: 'https://learn.microsoft.com/en-us/azure/static-web-apps/configuration#restrictions',
  },
  {
    host: 'Cloudflare Pages',
    file: HOST_FILE_NAMES.netlify,
    counts: 'header rules',
    max: 100,
    count: headerRules,
    docs: 'https://developers.cloudflare.com/pages/configuration/headers/',
  },
  {
    host: 'Cloudflare Pages',
    file: HOST_FILE_NAMES.netlify,
    counts: 'characters on one line',
    max: 2000,
    count: longestLine,
    docs: 'https://developers.cloudflare.com/pages/configuration/headers/',
  },
];

/** Every limit a set of host files breaks, as sentences naming the file, the limit and the docs. */
export function limitProblems(files: Readonly<Partial<Record<HostFileName, string>>>): string[] {
  return HOST_LIMITS.flatMap(({ host, file, counts, max, count, docs }) => {
    const text = files[file];
    if (text === undefined) return [];
    const found = count(text);
    return found > max ? [`${file} has ${found} ${counts}; ${host} reads at most ${max} (${docs}).`] : [];
  });
}
