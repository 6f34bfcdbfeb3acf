// What the ensure-*.mjs scripts share: running an installer where people can see it, and
// installing a Debian or Ubuntu package when the tests run as root there (as in CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a command, showing it and its output; true if it succeeded. */
export function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Installs a Debian or Ubuntu package, if running as root on such a system; true if it did. */
export function aptInstall(name, what) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing ${what} from Debian or Ubuntu packages (apt-get install -y ${name}).`);
  return run('apt-get', ['update']) && run('apt-get', ['install', '-y', name]);
}
