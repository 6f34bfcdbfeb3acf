/**
 * A throwaway copy of the project, as a practice manager has it: the practice's content in
 * `content/`, commands typed into a terminal in its folder. Its path has spaces, an apostrophe,
 * brackets and an accent in it, as folders on practice PCs do ("Dr O'Brien", "My Documents").
 * Cheap to make: node_modules is linked, entry by entry, so each copy keeps its own caches.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../src/lib/content/content-dir';

/** This checkout. */
const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/** A folder a practice PC might have, inside the copy's temporary folder. */
const AWKWARD_FOLDER = path.join("Dr O'Brien (Practice Manager)", 'My Documents', 'Guidance é');

/** What a copy leaves out: installed packages (linked instead), git, and whatever a build or a test writes. */
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', '.astro', 'posters', 'test-results', 'playwright-report', 'tmp']);

/** Caches tools keep inside node_modules: each copy gets its own, so copies never share a content cache. */
const OWN_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** What a command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  /** Everything it printed, stdout and stderr together, without colour codes. */
  output: string;
}

/** A command left running, such as `npm start`. */
export interface RunningCommand {
  /** Everything printed so far. */
  output(): string;
  /** Waits until the output matches, and returns the match. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Presses Ctrl+C: stops it as a terminal would, and waits for it to end. */
  stop(): Promise<CommandResult>;
}

export class ProjectCopy {
  /** The copy's folder, the one a practice manager types commands in. */
  readonly dir: string;
  private readonly work: string;

  private constructor() {
    this.work = mkdtempSync(path.join(tmpdir(), 'guidance-copy-'));
    this.dir = path.join(this.work, AWKWARD_FOLDER);
  }

  /** Copies the project, with the content under test (GUIDANCE_CONTENT_DIR, or content/) as its content/. */
  static make(): ProjectCopy {
    const copy = new ProjectCopy();
    mkdirSync(copy.dir, { recursive: true });
    for (const name of readdirSync(PROJECT)) {
      if (!LEFT_OUT.has(name)) cpSync(path.join(PROJECT, name), path.join(copy.dir, name), { recursive: true });
    }
    rmSync(copy.path('content'), { recursive: true, force: true });
    cpSync(contentDir(), copy.path('content'), { recursive: true });
    const modules = path.join(PROJECT, 'node_modules');
    mkdirSync(copy.path('node_modules'));
    for (const name of readdirSync(modules)) {
      if (!OWN_CACHES.has(name)) symlinkSync(path.join(modules, name), copy.path('node_modules', name), 'junction');
    }
    return copy;
  }

  /** A path inside the copy. */
  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  read(...parts: string[]): string {
    return readFileSync(this.path(...parts), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  /** Rewrites the one line of a file that starts with `start`, as a person finds and retypes it. */
  replaceLine(file: string, start: string, line: string): void {
    const lines = this.read(file).split('\n');
    const found = lines.filter((candidate) => candidate.startsWith(start));
    if (found.length !== 1) throw new Error(`Expected one line in ${file} starting "${start}", found ${found.length}.`);
    this.write(file, lines.map((candidate) => (candidate.startsWith(start) ? line : candidate)).join('\n'));
  }

  /** Runs a command as typed into a terminal in the copy's folder, and waits for it to end. */
  run(command: string, timeoutMs = 300_000): Promise<CommandResult> {
    return this.start(command).stopAfter(timeoutMs);
  }

  /** Starts a command as typed into a terminal in the copy's folder, and leaves it running. */
  start(command: string): RunningCommand & { stopAfter(timeoutMs: number): Promise<CommandResult> } {
    // Its own process group, so Ctrl+C reaches npm and everything it started.
    const child = spawn(command, { cwd: this.dir, env: terminalEnv(), shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const listeners = new Set<() => void>();
    const collect = (chunk: Buffer) => {
      output += withoutColour(chunk.toString('utf8'));
      for (const listener of listeners) listener();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const ended = new Promise<CommandResult>((resolve) => child.on('close', (code) => resolve({ code, output })));

    const stop = async (): Promise<CommandResult> => {
      signal(child, 'SIGINT');
      const timer = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
      const result = await ended;
      clearTimeout(timer);
      return result;
    };
    return {
      output: () => output,
      waitFor: (pattern, timeoutMs) =>
        new Promise((resolve, reject) => {
          const check = () => {
            const match = pattern.exec(output);
            if (!match) return;
            done();
            resolve(match);
          };
          const timer = setTimeout(() => {
            done();
            reject(new Error(`"${command}" did not print ${pattern} within ${timeoutMs / 1000} s. It printed:\n${output}`));
          }, timeoutMs);
          void ended.then(() => {
            if (pattern.test(output)) return;
            done();
            reject(new Error(`"${command}" ended without printing ${pattern}. It printed:\n${output}`));
          });
          const done = () => {
            clearTimeout(timer);
            listeners.delete(check);
          };
          listeners.add(check);
          check();
        }),
      stop,
      stopAfter: async (timeoutMs) => {
        const timer = setTimeout(() => signal(child, 'SIGKILL'), timeoutMs);
        const result = await ended;
        clearTimeout(timer);
        return result;
      },
    };
  }

  remove(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}

/**
 * The environment of a terminal a practice manager opens: none of what npm, Playwright or the
 * tests set for themselves (such as GUIDANCE_CONTENT_DIR: the copy's content is in content/).
 */
function terminalEnv(): NodeJS.ProcessEnv {
  const ours = /^(npm_|PW_|PLAYWRIGHT_|TEST_|GUIDANCE_)|^(INIT_CWD|NODE_OPTIONS|REQUIRE_SITE_URL|REVIEW_STRICT|FORCE_COLOR)$/;
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.test(name))), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, name);
  } catch {
    // It has already ended.
  }
}

function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
