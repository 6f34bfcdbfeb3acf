// npm run build / npm start / npm run dev: checks the content first and says what to fix in
// plain words (no stack trace), then runs Astro. Options work in PowerShell and a Unix shell:
//   npm run build -- --content examples/riverside
// Usage: tsx scripts/site.ts build|start|dev [options] [Astro's own options]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkBeforeBuild } from '../src/lib/content/check-before-build';
import { ContentError } from '../src/lib/content/friendly-errors';
import { optionsHelp, siteOptions } from './site-options';

const COMMANDS = { build: ['build'], start: ['build', 'preview'], dev: ['dev'] } as const;
type Command = keyof typeof COMMANDS;

/** Astro's own script, run with this Node: no shell, so paths with spaces and Windows both work. */
export function astroBin(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/**
 * Runs the content checks, printing a ContentError as the message alone. Returns false when the
 * content must be fixed first. Other errors are the code's, and keep their stack trace.
 */
export function contentIsReady(env: NodeJS.ProcessEnv): boolean {
  try {
    checkBeforeBuild(env);
    return true;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`\n${error.message}\n`);
    return false;
  }
}

/** Runs an Astro command with these settings; returns its exit code. */
export function astro(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, [astroBin(), ...args], { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return result.status ?? 1;
}

function main(): number {
  const [command, ...argv] = process.argv.slice(2);
  if (!command || !(command in COMMANDS)) {
    console.error(`Say which command to run: ${Object.keys(COMMANDS).join(', ')}.`);
    return 2;
  }
  const { env, rest, help } = siteOptions(argv);
  if (help) {
    console.log(optionsHelp(`npm run ${command === 'start' ? 'start' : command} -- [options]`, ['content', 'base', 'require-site-url', 'review-strict']));
    return 0;
  }
  if (!contentIsReady(env)) return 1;
  for (const step of COMMANDS[command as Command]) {
    const code = astro([step, ...rest], env);
    if (code !== 0) return code;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
