// Makes sure the tests have nginx, installing it if it can, and says what it does. The browser
// tests serve the site with the nginx setup DEPLOY.md gives, so it is tested as published.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './install-tools.mjs';

const SYSTEM_NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** The nginx to use, in order: NGINX_PATH, nginx on the PATH, the usual places. Undefined if none. */
export function findNginx(env = process.env) {
  if (env.NGINX_PATH) return existsSync(env.NGINX_PATH) ? env.NGINX_PATH : undefined;
  const onPath = (env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx'));
  return [...onPath, ...SYSTEM_NGINX].find((file) => existsSync(file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let found = findNginx();
  if (!found && !process.env.NGINX_PATH && aptInstall('nginx', 'nginx')) found = findNginx();
  if (!found) {
    console.error(
      [
        'The tests need nginx, to check the site the way DEPLOY.md publishes it, and none was found.',
        process.env.NGINX_PATH ? `NGINX_PATH is set to ${process.env.NGINX_PATH}, but there is no file there.` : '',
        'Install it, then run npm test again:',
        '  - Debian or Ubuntu: sudo apt-get install nginx',
        '  - Fedora: sudo dnf install nginx; macOS: brew install nginx',
        '  - or set NGINX_PATH to an nginx you already have.',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    process.exit(1);
  }
  console.log(`Using nginx at ${found}`);
}
