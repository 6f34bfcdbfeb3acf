import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { contentDir } from '../lib/content/content-dir';
import { loadPractice } from '../lib/content/practice-facts';
import { editorConfig, editorConfigText } from '../lib/editor/editor-config';
import { EDITOR_FOLDER } from '../lib/editor/editor-folder';
import { pageTitle, t } from '../strings/en';

/**
 * The browser editor at /admin/ (Decap CMS, from npm, served from the site itself: no CDN). After
 * each build it writes dist/admin/: the page, config.yml made from the schemas, our script
 * (src/scripts/editor.ts) and Decap's own files. `npm run dev` serves the same files, so
 * `npm run editor` can edit the files on disk. List it before the security policy, which gives
 * /admin/ its own Content-Security-Policy (src/security/policy.ts), and after Pagefind, so the
 * editor is never in the search index. It is not a page of the site: no sitemap entry, no link.
 */
export function editor(): AstroIntegration {
  return {
    name: 'guidance-editor',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const folder = path.join(fileURLToPath(dir), EDITOR_FOLDER);
        mkdirSync(folder, { recursive: true });
        const files = editorFiles({});
        for (const [name, make] of files) writeFileSync(path.join(folder, name), make());
        logger.info(`Browser editor: /${EDITOR_FOLDER}/ (${files.size} files).`);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${server.config.base.replace(/\/$/, '')}/${EDITOR_FOLDER}/`;
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(prefix)) return next();
          // Made when asked for, so a changed schema or practice.yaml shows on reload.
          const name = url.pathname.slice(prefix.length) || 'index.html';
          const make = editorFiles({ localBackendPort: localBackendPort() }).get(name);
          if (!make) return next();
          response.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
          response.end(make());
        });
      },
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Decap CMS's built files: its script, the parts it loads when needed, and its licence. Not its
 * WebAssembly, which only turns uploaded pictures into WebP: no field of ours takes a picture.
 */
function decapFiles(): [string, () => Buffer][] {
  const dist = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  return readdirSync(dist)
    .filter((name) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
    .map((name) => [name, () => readFileSync(path.join(dist, name))]);
}

/** The local backend's port, when `npm run editor` started one (scripts/editor.ts). */
export const LOCAL_BACKEND_PORT_VARIABLE = 'EDITOR_LOCAL_BACKEND_PORT';

function localBackendPort(): number | undefined {
  const port = Number(process.env[LOCAL_BACKEND_PORT_VARIABLE]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/** Every file of /admin/, by name: the facts are read once; the script and Decap's files are made when asked for. */
function editorFiles({ localBackendPort }: { localBackendPort?: number }): Map<string, () => string | Buffer> {
  const dir = contentDir();
  const practice = loadPractice(dir);
  const options = { contentPath: path.relative(process.cwd(), dir).split(path.sep).join('/'), contentDir: dir, practice, localBackendPort };
  return new Map<string, () => string | Buffer>([
    ['index.html', () => editorPage(practice.name, practice.editorRepository, localBackendPort !== undefined)],
    ['config.yml', () => editorConfigText(options)],
    ['editor.js', () => editorScript(editorConfig(options).collections)],
    ...decapFiles(),
  ]);
}

/**
 * The page: our script first (it tells Decap to wait), then Decap. Never indexed. It starts the
 * editor when there is somewhere to save: GitHub (a repository in practice.yaml) or the local backend.
 */
function editorPage(practiceName: string, repository: string | undefined, local: boolean): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(pageTitle(t.editor.pageTitle, practiceName))}</title>
<script src="editor.js"></script>
<script src="decap-cms.js"></script>
<style>main { font: 1.1875rem/1.5 system-ui, sans-serif; color: #212b32; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body${repository || local ? ' data-ready' : ''}>
<main><h1>${escapeHtml(t.editor.pageTitle)}</h1><noscript><p>${escapeHtml(t.editor.noScript)}</p></noscript></main>
</body>
</html>
`;
}

/** src/scripts/editor.ts, bundled for the browser, with each collection's file for its messages. */
function editorScript(collections: ReturnType<typeof editorConfig>['collections']): string {
  const files = Object.fromEntries(collections.map((collection) => [collection.name, 'files' in collection ? collection.files[0]!.file : `${collection.folder}/`]));
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../scripts/editor.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    define: { EDITOR_FILES: JSON.stringify(files) },
  });
  return result.outputFiles[0]!.text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
