/**
 * Build benchmark: cold build time and peak memory of `npm run build`'s two steps (content check, then
 * astro build) on the real content and on synthetic corpora of BENCH_SIZES nodes, each built into
 * bench/tmp/ so dist/ is untouched; then the bytes of each page type (HTML, CSS and JS, gzip) in
 * each build, the JS beside its budget from tests/budgets.json. Each build stays in bench/tmp/ for the
 * parts after it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { htmlFiles } from '../lib/site-files.ts';
import { pageBytes } from '../lib/page-bytes.ts';
import { KINDS } from '../../src/lib/content/kinds.ts';
import { registerSite } from './support/sites.ts';
import type { BenchPart, Figure } from './types.ts';

const TMP = resolve('bench/tmp');
const TIME = '/usr/bin/time';
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { scriptBeforeInteraction: Record<string, number> };

interface Run {
  readonly seconds: number;
  /** Peak resident memory of the largest process, in MiB. */
  readonly peakMiB: number;
  /** User plus system CPU seconds of the process and its children: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
}

/** Peak VmHWM (KiB) over a process and its descendants, read from /proc. */
function treePeakKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let peak = 0;
  const visit = (pid: number) => {
    try {
      const hwm = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    } catch {
      // Gone already.
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return peak;
}

/** Runs a command, measuring wall time and the peak memory of its largest process (GNU time, else /proc sampling). */
async function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const viaTime = existsSync(TIME);
  const statsFile = join(TMP, `time-${process.pid}.txt`);
  const [cmd, argv] = viaTime ? [TIME, ['-f', '%M %U %S', '-o', statsFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let sampled = 0;
  const timer = viaTime ? undefined : setInterval(() => (sampled = Math.max(sampled, treePeakKiB(child.pid!))), 100);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  const seconds = (performance.now() - start) / 1000;
  if (timer) clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${stderr}`);
  const [kib, user, system] = viaTime ? readFileSync(statsFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [sampled, NaN, NaN];
  rmSync(statsFile, { force: true });
  return { seconds, peakMiB: kib! / 1024, cpuSeconds: user! + system! };
}

/**
 * Where the last run's builds wait until this run's builds are timed. Deleting them first (up to
 * 100,000 files) made the next build's file creation slow: ext4 without a journal, as on these
 * machines, passes over inodes deleted in the last five seconds, or five minutes while their table
 * block is unwritten, and at 2,000 nodes the build's kernel time went from 5 to 25 s. A reader's
 * first build meets no such deletions, so the timed builds do not either.
 */
const TRASH = 'previous-run';

/** The built page of each type, relative to the build folder; the kind index is the largest one. */
function pagesByType(out: string): [string, string][] {
  const at = (p: string) => (existsSync(join(out, p)) ? [p] : []);
  const indexes = KINDS.map((k) => `${k}/index.html`).filter((p) => existsSync(join(out, p)));
  const largest = indexes.sort((a, b) => readFileSync(join(out, b)).length - readFileSync(join(out, a)).length)[0];
  const node = ['approaches/rag/index.html', ...htmlFiles(join(out, 'approaches')).map((f) => f.slice(out.length + 1))].find((p) => p.split('/').length === 3 && existsSync(join(out, p)));
  return [
    ...at('index.html').map((p): [string, string] => ['home', p]),
    ...(node ? [['node page', node] as [string, string]] : []),
    ...(largest ? [['kind index', largest] as [string, string]] : []),
    ...['graph', 'decide', 'cost', 'search'].flatMap((v) => at(`${v}/index.html`).map((p): [string, string] => [v, p])),
  ];
}

const kb = (b: number) => b / 1024;

/** The targets for the synthetic corpora: wall time and peak memory (1.5 GB = 1,536 MiB). */
const TARGETS: Record<number, { seconds: number; mib: number }> = { 2000: { seconds: 25, mib: 800 }, 10000: { seconds: 120, mib: 1536 } };

export const part: BenchPart = {
  title: 'Build: time, peak memory and bytes per page type',
  async run({ sizes, log }) {
    mkdirSync(TMP, { recursive: true });
    const corpora = [
      { label: 'real content', slug: 'real', dir: resolve('content') },
      ...[...sizes].sort((a, b) => a - b).map((n) => ({ label: `${n.toLocaleString('en')} synthetic nodes`, slug: `synth-${n}`, dir: resolve('synth', String(n)), n })),
    ];
    const outOf = (slug: string) => join(TMP, slug);
    const cacheOf = (dir: string) => resolve(`node_modules/.astro-${createHash('sha256').update(dir).digest('hex').slice(0, 8)}`);
    // The last run's builds are moved aside and deleted once every build here is timed (see TRASH).
    const trash = join(TMP, TRASH);
    rmSync(trash, { recursive: true, force: true });
    for (const corpus of corpora) {
      if (existsSync(outOf(corpus.slug))) {
        mkdirSync(trash, { recursive: true });
        renameSync(outOf(corpus.slug), join(trash, corpus.slug));
      }
      rmSync(cacheOf(corpus.dir), { recursive: true, force: true });
    }
    const figures: Figure[] = [];
    let smallest: number | undefined;
    for (const corpus of corpora) {
      if ('n' in corpus && !existsSync(corpus.dir)) {
        log(`writing the synthetic corpus of ${corpus.n} nodes`);
        const r = spawnSync(process.execPath, ['scripts/synth.ts', String(corpus.n)], { stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`npm run synth -- ${corpus.n} failed`);
      }
      const out = outOf(corpus.slug);
      const env = { CONTENT_DIR: corpus.dir };
      log(`${corpus.label}: content check`);
      const check = await measure(process.execPath, ['scripts/check-content.ts', corpus.dir], env);
      log(`${corpus.label}: astro build (cold cache) into ${out}`);
      const build = await measure(process.execPath, ['scripts/astro-build.ts', '--outDir', out], env);
      const pages = htmlFiles(out).length;
      log(`${corpus.label}: ${pages} pages in ${(check.seconds + build.seconds).toFixed(1)} s, peak ${Math.max(check.peakMiB, build.peakMiB).toFixed(0)} MiB`);
      const seconds = check.seconds + build.seconds;
      const peak = Math.max(check.peakMiB, build.peakMiB);
      const target = 'n' in corpus ? TARGETS[corpus.n] : undefined;
      const perNode = 'n' in corpus ? (seconds * 1000) / corpus.n : undefined;
      figures.push(
        {
          name: `build time, ${corpus.label} (${pages} pages)`,
          value: seconds,
          unit: 's',
          note: `content check ${check.seconds.toFixed(1)} s + astro build ${build.seconds.toFixed(1)} s, cold cache`,
          ...(target ? { target: `<= ${target.seconds} s`, met: seconds <= target.seconds } : {}),
        },
        { name: `build CPU time, ${corpus.label}`, value: check.cpuSeconds + build.cpuSeconds, unit: 's', note: `user + system, all threads: what the build costs whatever the machine's load (load average ${loadavg()[0]!.toFixed(1)} at the end)` },
        {
          name: `build peak memory, ${corpus.label}`,
          value: peak,
          unit: 'MiB',
          note: 'largest single process (resident set high-water mark)',
          ...(target ? { target: `<= ${target.mib} MiB`, met: peak <= target.mib } : {}),
        },
        { name: `build time per page, ${corpus.label}`, value: (seconds * 1000) / pages, unit: 'ms' },
      );
      if (perNode !== undefined) {
        // The build should scale linearly: each node costs no more in a big corpus than in the smallest one measured.
        const first = smallest ?? perNode;
        smallest ??= perNode;
        figures.push({
          name: `build time per node, ${corpus.label}`,
          value: perNode,
          unit: 'ms',
          ...(first !== perNode ? { target: `<= ${first.toFixed(1)} ms (the smallest corpus)`, met: perNode <= first } : {}),
        });
      }
      for (const [type, file] of pagesByType(out)) {
        const b = pageBytes(out, join(out, file));
        const budget = budgets.scriptBeforeInteraction[type];
        figures.push(
          { name: `${type} HTML, ${corpus.label}`, value: kb(b.html), unit: 'KB gzip', note: `/${file.replace(/index\.html$/, '')}` },
          { name: `${type} CSS, ${corpus.label}`, value: kb(b.css), unit: 'KB gzip' },
          {
            name: `${type} JS before interaction, ${corpus.label}`,
            value: kb(b.js),
            unit: 'KB gzip',
            ...(budget !== undefined ? { target: `<= ${kb(budget)} KB gzip (tests/budgets.json)`, met: b.js <= budget } : {}),
          },
        );
      }
      // Kept for the parts that measure builds in a browser (graph, search, Lighthouse), so none builds it again.
      registerSite(out, 'n' in corpus ? corpus.dir : undefined);
      rmSync(cacheOf(corpus.dir), { recursive: true, force: true });
    }
    log('removing the previous run\'s builds');
    rmSync(trash, { recursive: true, force: true });
    return figures;
  },
};
