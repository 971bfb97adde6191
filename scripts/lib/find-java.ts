/**
 * Finds a Java runtime for the Nu HTML Checker (vnu.jar), the way find-chromium.ts finds a browser:
 * JAVA (a path to the executable), then JAVA_HOME, then `java` on PATH; when none is found and we are
 * root with apt, Debian's default-jre-headless is installed. vnu-jar's own install step would download
 * a JDK from outside the registry, so it stays disabled (package.json's allowScripts does not list it).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Whether `java -version` runs, so a broken alternatives link is not taken for a runtime. */
function runs(java: string): boolean {
  try {
    execFileSync(java, ['-version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** The java executable to run vnu.jar with; throws a one-line message when there is none and none can be installed. */
export function findJava({ install = true } = {}): string {
  const explicit = process.env.JAVA;
  if (explicit) {
    if (runs(explicit)) return explicit;
    throw new Error(`JAVA points to ${explicit}, which does not run.`);
  }
  const home = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  for (const candidate of [home, onPath('java'), '/usr/bin/java']) {
    if (candidate && existsSync(candidate) && runs(candidate)) return candidate;
  }
  if (install && canApt()) {
    console.error('No Java found; installing Debian\'s default-jre-headless package (apt-get) for the HTML checker...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless', { stdio: 'inherit' });
    if (runs('/usr/bin/java')) return '/usr/bin/java';
  }
  throw new Error(
    'No Java found for the HTML checker (vnu.jar): install a Java runtime 11 or later (Debian: apt-get install default-jre-headless) or set JAVA to its java executable.',
  );
}
