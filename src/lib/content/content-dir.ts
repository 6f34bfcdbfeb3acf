import path from 'node:path';

/**
 * The folder holding the practice's content. Another surgery can point the build at its own
 * folder with GUIDANCE_CONTENT_DIR, without changing any code.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.GUIDANCE_CONTENT_DIR ?? 'content');
}

/** A path relative to the project, for messages people read. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
