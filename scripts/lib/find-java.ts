/**
 * Finds a Java runtime for the Nu HTML Checker (vnu.jar), the way find-chromium.ts finds a browser:
 * JAVA (a path to the executable), then JAVA_HOME, then `java` on PATH; when none is found and we are
 * root with apt, Debian's default-jre-headless is installed. vnu-jar's own install step would download
 * a JDK from outside the registry, so it stays disabled (package.json's allowScripts does not list it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findTool, onPath } from './find-tool.ts';

/** Whether `java -version` runs, so a broken alternatives link is not taken for a runtime. */
function runs(java: string): boolean {
  if (!existsSync(java)) return false;
  try {
    execFileSync(java, ['-version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** The java executable to run vnu.jar with; throws a one-line message when there is none and none can be installed. */
export function findJava({ install = true } = {}): string {
  return findTool(
    {
      name: 'Java',
      env: 'JAVA',
      candidates: () => [process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined, onPath('java'), '/usr/bin/java'],
      works: runs,
      apt: { package: 'default-jre-headless', installs: '/usr/bin/java', why: ' for the HTML checker' },
      missing: 'No Java found for the HTML checker (vnu.jar): install a Java runtime 11 or later (Debian: apt-get install default-jre-headless) or set JAVA to its java executable.',
    },
    { install },
  );
}
