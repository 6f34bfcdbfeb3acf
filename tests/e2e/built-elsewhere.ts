import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve } from '../../scripts/serve.mjs';

const run = promisify(execFile);

export interface BuiltSite {
  /** The built site, in a temporary folder. */
  outDir: string;
  /** Where it is served, with the base: http://127.0.0.1:port/policies/social-media/. */
  site: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds another content folder under a base path into a temporary folder, with its own content
 * cache (so it never mixes with the main build), and serves it on any free port, as a host would.
 */
export async function buildElsewhere(content: string, base: string): Promise<BuiltSite> {
  const work = mkdtempSync(path.join(tmpdir(), `${path.basename(content)}-`));
  const outDir = path.join(work, 'dist');
  await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, GUIDANCE_CONTENT_DIR: content, GUIDANCE_BASE: base, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const server = await serve({ dir: outDir, port: 0, base });
  return {
    outDir,
    site: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
