// Serves a built site with a real nginx, using the server blocks in DEPLOY.md word for word:
// only the site's folder, the listen addresses, server_name and the certificate paths are
// changed, and the certificate is a self-signed one made here. The browser tests run against it.
// Usage: node scripts/nginx-site.mjs [--dist dist] [--host 127.0.0.1] [--http-port 4330] [--https-port 4331]
// It runs until stopped (Ctrl+C or SIGTERM), then stops nginx and removes its temporary folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findNginx } from './ensure-nginx.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** What DEPLOY.md's server blocks name, and so what a test may change: nothing else. */
export const DOCUMENTED = {
  folder: '/var/www/social-media-guidance',
  serverName: 'server_name guidance.example.nhs.uk;',
  http: 'listen 80;',
  https: 'listen 443 ssl;',
  certificate: 'ssl_certificate /etc/letsencrypt/live/guidance.example.nhs.uk/fullchain.pem;',
  key: 'ssl_certificate_key /etc/letsencrypt/live/guidance.example.nhs.uk/privkey.pem;',
};

/** The nginx block in DEPLOY.md's "Any web server (nginx)" section. */
export function deployNginxBlock(deployMd = readFileSync(path.join(ROOT, 'DEPLOY.md'), 'utf8')) {
  const section = deployMd.split(/^## /m).find((part) => part.startsWith('Any web server (nginx)'));
  const block = section && /^( *)```nginx\n([\s\S]*?)^\1```$/m.exec(section);
  if (!block) throw new Error('DEPLOY.md has no ```nginx block in "Any web server (nginx)".');
  return block[2].replace(new RegExp(`^${block[1]}`, 'gm'), '');
}

/** DEPLOY.md's block with only the documented names changed for this machine. */
export function localBlock(block, { folder, host, httpPort, httpsPort, certificate, key }) {
  const swaps = [
    [DOCUMENTED.folder, folder],
    [DOCUMENTED.serverName, `server_name ${host};`],
    [DOCUMENTED.http, `listen ${host}:${httpPort};`],
    [DOCUMENTED.https, `listen ${host}:${httpsPort} ssl;`],
    [DOCUMENTED.certificate, `ssl_certificate ${certificate};`],
    [DOCUMENTED.key, `ssl_certificate_key ${key};`],
  ];
  return swaps.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`DEPLOY.md's nginx block no longer has "${from}": update scripts/nginx-site.mjs with it.`);
    return text.replaceAll(from, to);
  }, block);
}

/** nginx's own mime.types, next to its default configuration file. */
function mimeTypes(nginx) {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  return path.join(path.dirname(confPath), 'mime.types');
}

/**
 * Writes a complete nginx configuration for a built site into a new temporary folder: a
 * self-signed certificate, a link to the site (paths with spaces stay out of the config),
 * and an http block like a distribution's, which includes DEPLOY.md's server blocks.
 * `editSnippet` may change the build's _nginx-headers.conf first (a test removing a header).
 * @param {{ dist?: string, host?: string, httpPort: number, httpsPort: number, editSnippet?: (text: string) => string }} options
 */
export function writeNginxConfig({ dist = 'dist', host = '127.0.0.1', httpPort, httpsPort, editSnippet }) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx was not found: run node scripts/ensure-nginx.mjs.');
  const dir = mkdtempSync(path.join(tmpdir(), 'guidance-nginx-'));
  const folder = path.join(dir, 'site');
  if (editSnippet) {
    // A copy of the site whose header file is changed; everything else links to the build.
    mkdirSync(folder);
    for (const name of readdirSync(dist)) symlinkSync(path.resolve(dist, name), path.join(folder, name));
    rmSync(path.join(folder, '_nginx-headers.conf'));
    writeFileSync(path.join(folder, '_nginx-headers.conf'), editSnippet(readFileSync(path.join(dist, '_nginx-headers.conf'), 'utf8')));
  } else {
    symlinkSync(path.resolve(dist), folder);
  }
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${host}`,
    '-addext', `subjectAltName=${/^[\d.]+$/.test(host) ? 'IP' : 'DNS'}:${host}`,
    '-keyout', key, '-out', certificate,
  ], { stdio: 'ignore' });
  const site = localBlock(deployNginxBlock(), { folder, host, httpPort, httpsPort, certificate, key });
  writeFileSync(path.join(dir, 'site.conf'), site);
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      // As root, the workers read the site as root too: the checkout may be in a private folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  include ${mimeTypes(nginx)};`,
      '  default_type application/octet-stream;',
      '  sendfile on;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${path.join(dir, temp)};`),
      `  include ${path.join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  return { nginx, dir, conf, certificate, site };
}

/** Runs `nginx -t` on a configuration: the check DEPLOY.md asks for before a reload. */
export function nginxTest({ nginx, conf, dir }) {
  const result = spawnSync(nginx, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * Starts nginx in the foreground; resolves once it answers, with a function that stops it.
 * @param {Parameters<typeof writeNginxConfig>[0]} options
 */
export async function startNginx(options) {
  const config = writeNginxConfig(options);
  const checked = nginxTest(config);
  if (!checked.ok) throw new Error(`nginx refused the configuration from DEPLOY.md:\n${checked.output}`);
  const child = spawn(config.nginx, ['-p', config.dir, '-c', config.conf, '-g', 'daemon off;'], { stdio: 'inherit' });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGQUIT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(config.dir, { recursive: true, force: true });
  };
  await waitForPort(options.host ?? '127.0.0.1', options.httpsPort, child);
  return { ...config, stop };
}

async function waitForPort(host, port, child) {
  const { connect } = await import('node:net');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (exit ${child.exitCode}).`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, host, () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${host}:${port}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, host: { type: 'string' }, 'http-port': { type: 'string' }, 'https-port': { type: 'string' } },
  });
  const host = values.host ?? '127.0.0.1';
  const httpsPort = Number(values['https-port'] ?? 4331);
  const server = await startNginx({ dist: values.dist ?? 'dist', host, httpPort: Number(values['http-port'] ?? 4330), httpsPort });
  console.log(`nginx is serving ${values.dist ?? 'dist'} at https://${host}:${httpsPort}/ with DEPLOY.md's configuration.`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.stop().then(() => process.exit(0)));
}
