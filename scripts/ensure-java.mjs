// Makes sure the tests have Java for the W3C's Nu HTML Checker (vnu.jar, from the vnu-jar
// package), installing it if it can, and says what it does. vnu-jar's own download of a Java
// runtime is turned off (package.json, allowScripts): the tests use the system's Java.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const JAVA = process.platform === 'win32' ? 'java.exe' : 'java';

/** The Java to use, in order: JAVA_HOME's, Java on the PATH, /usr/bin/java. Undefined if none. */
export function findJava(env = process.env) {
  const home = env.JAVA_HOME ? [path.join(env.JAVA_HOME, 'bin', JAVA)] : [];
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, JAVA));
  return [...home, ...onPath, '/usr/bin/java'].find((file) => existsSync(file));
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let found = findJava();
  const isRoot = process.getuid?.() === 0;
  if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Java from Debian or Ubuntu packages (apt-get install -y default-jre-headless).');
    if (run('apt-get', ['update'])) run('apt-get', ['install', '-y', 'default-jre-headless']);
    found = findJava();
  }
  if (!found) {
    console.error(
      [
        'The tests need Java 11 or later, to check every page with the W3C’s Nu HTML Checker, and none was found.',
        'Install it, then run npm test again:',
        '  - Debian or Ubuntu: sudo apt-get install default-jre-headless',
        '  - Fedora: sudo dnf install java-21-openjdk-headless; macOS: brew install openjdk',
        '  - Windows: winget install EclipseAdoptium.Temurin.21.JRE',
        '  - or set JAVA_HOME to a Java you already have.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Using Java at ${found}`);
}
