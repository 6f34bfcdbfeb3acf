import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkBeforeBuild } from '../lib/content/check-before-build';
import { contentDir } from '../lib/content/content-dir';
import { ContentError } from '../lib/content/friendly-errors';
import { EDITOR_FOLDER } from '../lib/editor/editor-folder';
import { t } from '../strings/en';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * The one module that reads the content folder's YAML files for the pages. Astro's content layer
 * watches the MDX files itself; nothing watches these, so this integration does.
 */
const YAML_READER = fileURLToPath(new URL('../lib/content/yaml-content.ts', import.meta.url));

/**
 * Makes `npm run dev` a live preview of every content file. When a file in the content folder
 * changes, the content is checked again, as a build checks it. While it has a problem, every page
 * of the preview shows the build's message (which file, which line, what to type) instead of a
 * stack trace. When a YAML file changes (the facts, signposts, changelog, staff kit or Easy Read
 * words), the pages that read it are run again and the browser reloads.
 */
export function livePreview(): AstroIntegration {
  /** The site's address this server started with, from siteUrl. */
  let site: string | undefined;
  return {
    name: 'live-preview',
    hooks: {
      'astro:config:setup': () => {
        // A moved module would leave the preview silently stale: say so at once, in every build.
        if (!existsSync(YAML_READER)) throw new Error(`src/integrations/live-preview.ts: ${YAML_READER} is missing. Point YAML_READER at the module that reads the YAML content.`);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        let problem: ContentError | undefined;
        let warnedSite: string | undefined;
        server.watcher.add(dir);

        const onContentChange = (file: string) => {
          if (path.relative(dir, file).startsWith('..')) return;
          const before = problem?.message;
          const checked = check(logger);
          problem = checked.problem;
          if (checked.site && !sameAddress(checked.site, site) && checked.site !== warnedSite) logger.warn(t.livePreview.newSiteUrl);
          warnedSite = checked.site ?? warnedSite;
          const isYaml = /\.ya?ml$/i.test(file);
          if (isYaml) rerunYamlReaders(server);
          // MDX changes reload through the content layer; anything else that changes what the pages show reloads here.
          if (isYaml || problem?.message !== before) server.ws.send({ type: 'full-reload', path: '*' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onContentChange);

        // The browser editor (npm run editor) stays open: it is where the problem gets fixed.
        const editorPath = `${server.config.base.replace(/\/$/, '')}/${EDITOR_FOLDER}/`;
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (!problem || !request.headers.accept?.includes('text/html') || request.url?.startsWith(editorPath)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemPage(problem, `${server.config.base}@vite/client`));
        });
      },
    },
  };
}

/** Checks the content as a build does; logs its problem, if it has one. */
function check(logger: AstroIntegrationLogger): { problem?: ContentError; site?: string } {
  try {
    return { site: checkBeforeBuild(process.env).site };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    logger.error(`${t.livePreview.problem(error.problems.length)} ${t.livePreview.untilFixed}\n${list(error.problems)}`);
    return { problem: error };
  }
}

/**
 * Forgets the YAML reader and everything that imports it (the pages), in each server
 * environment and in the module runner that ran them, so the next request reads the files again.
 */
function rerunYamlReaders(server: DevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    const invalidated = new Set<Parameters<typeof graph.invalidateModule>[0]>();
    for (const module of graph.getModulesByFile(YAML_READER) ?? []) graph.invalidateModule(module, invalidated, Date.now(), true);
    const runner = 'runner' in environment ? (environment.runner as { evaluatedModules: ModuleCache }) : undefined;
    if (!runner) continue;
    for (const { id } of invalidated) {
      const evaluated = id ? runner.evaluatedModules.getModuleById(id) : undefined;
      if (evaluated) runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
}

/** The part of Vite's module runner cache used here. */
interface ModuleCache {
  getModuleById(id: string): object | undefined;
  invalidateModule(module: object): void;
}

function sameAddress(a: string, b: string | undefined): boolean {
  return b !== undefined && new URL(a).href === new URL(b).href;
}

function list(problems: readonly string[]): string {
  return problems.map((problem) => `  - ${problem}`).join('\n');
}

/** The page every address of the preview shows while the content has a problem. */
function problemPage(problem: ContentError, viteClient: string): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const title = t.livePreview.problem(problem.problems.length);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<script type="module" src="${escape(viteClient)}"></script>
<style>body { font: 1.1875rem/1.5 system-ui, sans-serif; color: #212b32; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; } li { margin-bottom: 0.75rem; }</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(t.livePreview.untilFixed)}</p>
<ul>
${problem.problems.map((line) => `<li>${escape(line)}</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`;
}
