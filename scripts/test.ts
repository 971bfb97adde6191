/**
 * `npm test`: unit tests, then for each phase (the site at /, then under a base path) a build of the
 * site and every browser spec against it. Prints one closing line, "N passed, N failed", summing every phase.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.ts';
import { findJava } from './lib/find-java.ts';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
mkdirSync('test-results', { recursive: true });

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) console.error(`=== ${label} failed (exit ${result.status ?? result.signal}).`);
  return result.status === 0;
}

function countTap(file: string): Tally {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const n = (key: string) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

function countPlaywright(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

function add(t: Tally) {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
}

let ok = true;
const unitTap = 'test-results/unit.tap';
ok = run('unit tests', 'node', [
  '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${unitTap}`,
  'tests/unit/**/*.test.ts',
]) && ok;
add(countTap(unitTap));

try {
  findChromium();
  findJava(); // the Nu HTML Checker's runtime
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// Absolute URLs written at build time (oEmbed documents, graph JSON) must name the test server.
const site = `http://localhost:${Number(process.env.TEST_PORT ?? 4400)}`;
// The second phase proves the whole site, embeds included, works under a base path.
const BASE_PATH = '/retrieve-or-tune/';
const phases: { label: string; env: NodeJS.ProcessEnv; outDir?: string; report: string }[] = [
  { label: 'site', env: { SITE: site }, report: 'test-results/browser.json' },
  { label: `base path ${BASE_PATH}`, env: { SITE: site, BASE: BASE_PATH, DIST: 'dist-base' }, outDir: 'dist-base', report: 'test-results/browser-base.json' },
];
for (const phase of phases) {
  const outDir = phase.outDir ? ['--', '--outDir', phase.outDir] : [];
  rmSync(phase.report, { force: true });
  if (!run(`build (${phase.label})`, 'npm', ['run', 'build', '--silent', ...outDir], phase.env)) {
    ok = false;
    total.failed++;
    continue;
  }
  ok = run(`browser tests (${phase.label})`, 'npx', ['playwright', 'test'], phase.env) && ok;
  add(countPlaywright(phase.report));
}

console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(ok && total.failed === 0 ? 0 : 1);
