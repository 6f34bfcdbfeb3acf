// npm run editor: the browser editor on this computer, saving straight into the content files.
// Starts Decap CMS's local backend (decap-server) and the live preview (npm run dev); open
// http://localhost:4321/admin/ to edit, and any page of the preview to see the change.
//   npm run editor -- --port 4400 --backend-port 8081 --content examples/riverside
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { LOCAL_BACKEND_PORT_VARIABLE } from '../src/integrations/editor';
import { astro, contentIsReady } from './site';
import { siteOptions } from './site-options';

const { values, tokens } = parseArgs({ options: { 'backend-port': { type: 'string' } }, strict: false, tokens: true });
// npm passes "--backend-port 8082" on as the environment variable npm_config_backend_port in some shells.
const portText = String(values['backend-port'] ?? process.env.npm_config_backend_port ?? '8081');
const backendPort = Number(portText);
// Everything but --backend-port goes to the site's own options and then to Astro (--port, --content…).
const skipped = new Set((tokens ?? []).flatMap((token) => (token.kind === 'option' && token.name === 'backend-port' ? [token.index, ...(token.inlineValue ? [] : [token.index + 1])] : [])));
const rest = process.argv.slice(2).filter((_, index) => !skipped.has(index));
const { env, rest: astroArgs } = siteOptions(rest);

if (!Number.isInteger(backendPort) || backendPort < 1 || backendPort > 65535) {
  console.error(`--backend-port must be a port number from 1 to 65535, such as 8081, not "${portText}".`);
  process.exit(2);
}

if (contentIsReady(env)) {
  const backend = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
    // fs mode: saves write the files in this folder; the content paths in the editor's config are from here.
    // It writes any file it is asked to, with no sign-in: only this computer may reach it.
    env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  console.log("The editor saves into the files in this folder. When the preview is ready, open its Local address with admin/ at the end, such as http://localhost:4321/admin/.");
  const code = astro(['dev', ...astroArgs], { ...env, [LOCAL_BACKEND_PORT_VARIABLE]: String(backendPort) });
  backend.kill();
  process.exitCode = code;
} else {
  process.exitCode = 1;
}
