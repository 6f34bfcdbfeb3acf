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

const { values, tokens } = parseArgs({ options: { 'backend-port': { type: 'string', default: '8081' } }, strict: false, tokens: true });
const backendPort = Number(values['backend-port']);
// Everything but --backend-port goes to the site's own options and then to Astro (--port, --content…).
const rest = process.argv.slice(2).filter((_, index) => !tokens?.some((token) => token.kind === 'option' && token.name === 'backend-port' && (token.index === index || token.index + 1 === index)));
const { env, rest: astroArgs } = siteOptions(rest);

if (contentIsReady(env)) {
  const backend = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
    // fs mode: saves write the files in this folder; the content paths in the editor's config are from here.
    env: { ...process.env, PORT: String(backendPort), GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  console.log("The editor saves into the files in this folder. When the preview is ready, open its Local address with admin/ at the end, such as http://localhost:4321/admin/.");
  const code = astro(['dev', ...astroArgs], { ...env, [LOCAL_BACKEND_PORT_VARIABLE]: String(backendPort) });
  backend.kill();
  process.exitCode = code;
} else {
  process.exitCode = 1;
}
