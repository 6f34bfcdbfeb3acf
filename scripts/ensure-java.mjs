// Makes sure the tests have Java for the W3C's Nu HTML Checker (vnu.jar, from the vnu-jar
// package), installing it if it can, and says what it does. vnu-jar's own download of a Java
// runtime is turned off (package.json, allowScripts): the tests use the system's Java.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './install-tools.mjs';

const JAVA = process.platform === 'win32' ? 'java.exe' : 'java';

/** The Java to use, in order: JAVA_HOME's, Java on the PATH, /usr/bin/java. Undefined if none. */
export function findJava(env = process.env) {
  const home = env.JAVA_HOME ? [path.join(env.JAVA_HOME, 'bin', JAVA)] : [];
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, JAVA));
  return [...home, ...onPath, '/usr/bin/java'].find((file) => existsSync(file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let found = findJava();
  if (!found && aptInstall('default-jre-headless', 'Java')) found = findJava();
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
