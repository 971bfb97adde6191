/**
 * Valid HTML: runs the Nu HTML Checker (vnu.jar from the `vnu-jar` package) once over a whole built
 * site and returns every error and warning, less the checker's documented false positives below.
 * `node scripts/validate-html.ts [dist]` prints them and exits 1 when there are any.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava } from './lib/find-java.ts';

/** One message of vnu's JSON output. */
export interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly message: string;
  readonly extract?: string;
  readonly hiliteStart?: number;
  readonly hiliteLength?: number;
  readonly lastLine?: number;
  readonly firstColumn?: number;
}

/**
 * Messages the checker gets wrong for this site, each with why. Everything else fails the gate.
 * Both come from vnu's own Content-Security-Policy check, which reads the pages from file: URLs and
 * does not hash <style> elements; the browser test (tests/browser/csp.spec.ts) enforces the real
 * policy on every page and would report either of these if it were true.
 */
export const FALSE_POSITIVES: ReadonlyArray<{ readonly why: string; readonly matches: (m: VnuMessage) => boolean }> = [
  {
    why: "a root-relative stylesheet or script is 'self' on the served site; vnu checks file: URLs, which 'self' does not match",
    matches: (m) => /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/(?!\/)/.test(m.message),
  },
  {
    why: "Astro lists a sha256 hash for every <style> element in style-src; vnu does not compute hashes of style elements (style attributes are not excused: the extract must be a <style> tag)",
    matches: (m) =>
      m.message.startsWith('Inline style violates Content Security Policy (meta tag)') &&
      (m.extract ?? '').slice(m.hiliteStart ?? 0, (m.hiliteStart ?? 0) + (m.hiliteLength ?? 0)).startsWith('<style'),
  },
  {
    why: 'vector-effect (SVG 2) and paint-order (CSS Fill and Stroke) are standard SVG styling properties that vnu\'s CSS profile does not list; the static graph picture uses them so strokes stay thin and labels legible at any scale',
    matches: (m) => /^CSS: “(vector-effect|paint-order)”: Property “(vector-effect|paint-order)” doesn't exist\.$/.test(m.message),
  },
];

/** Whether a message fails the gate: errors, warnings and checker failures do, plain notes do not. */
export function isProblem(m: VnuMessage): boolean {
  const serious = m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'warning');
  return serious && !FALSE_POSITIVES.some((f) => f.matches(m));
}

/** One line per message: file, line, column, message and the offending source. */
export function formatMessage(m: VnuMessage, root: string): string {
  const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)) : (m.url ?? '?');
  const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 0}` : '';
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${file}${where}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${extract}`;
}

/** The problems grouped by message, most frequent first: each with its count, up to `examples` places and one extract. */
export function summarise(problems: readonly VnuMessage[], root: string, examples = 3): string[] {
  const groups = new Map<string, VnuMessage[]>();
  for (const p of problems) {
    const key = `${p.type}${p.subType ? `/${p.subType}` : ''}: ${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, list]) => {
      const places = list.slice(0, examples).map((m) => formatMessage(m, root).split(':').slice(0, 3).join(':'));
      const more = list.length > examples ? ` and ${list.length - examples} more` : '';
      const extract = list[0]!.extract ? `\n    ${list[0]!.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${list.length}× ${key}\n    at ${places.join(', ')}${more}${extract}`;
    });
}

/** Every .html file under a folder. */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Runs vnu once over every HTML file under `root`; returns how many files it checked and the messages that fail. */
export function validateSite(root: string): { files: number; problems: VnuMessage[] } {
  const dir = resolve(root);
  const files = htmlFiles(dir);
  if (files.length === 0) throw new Error(`No HTML files under ${dir}: build the site first.`);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const r = spawnSync(findJava(), ['-Xss1m', '-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`vnu.jar failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout).slice(0, 2000)}`);
  const { messages } = JSON.parse(r.stdout) as { messages: VnuMessage[] };
  return { files: files.length, problems: messages.filter(isProblem) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? process.env.DIST ?? 'dist');
  const { files, problems } = validateSite(root);
  for (const line of summarise(problems, root)) console.error(line);
  console.log(`HTML checked: ${files} files, ${problems.length} problems.`);
  process.exit(problems.length ? 1 : 0);
}
