/**
 * Build benchmark: cold build time and peak memory of `npm run build`'s two steps (content check, then
 * astro build) on the real content and on synthetic corpora of BENCH_SIZES nodes, each built into
 * bench/tmp/ so dist/ is untouched; then the bytes of each page type (HTML, CSS and JS, gzip) in
 * each build, the JS beside its budget from tests/budgets.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { htmlFiles } from '../validate-html.ts';
import { pageBytes } from '../lib/page-bytes.ts';
import { KINDS } from '../../src/lib/content/kinds.ts';
import type { BenchPart, Figure } from './types.ts';

const TMP = resolve('bench/tmp');
const TIME = '/usr/bin/time';
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { scriptBeforeInteraction: Record<string, number> };

interface Run {
  readonly seconds: number;
  /** Peak resident memory of the largest process, in MiB. */
  readonly peakMiB: number;
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
  const [cmd, argv] = viaTime ? [TIME, ['-f', '%M', '-o', statsFile, command, ...args]] : [command, args];
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
  const kib = viaTime ? Number(readFileSync(statsFile, 'utf8').trim().split('\n').at(-1)) : sampled;
  rmSync(statsFile, { force: true });
  return { seconds, peakMiB: kib / 1024 };
}

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

export const part: BenchPart = {
  title: 'Build: time, peak memory and bytes per page type',
  async run({ sizes, log }) {
    mkdirSync(TMP, { recursive: true });
    const corpora = [
      { label: 'real content', slug: 'real', dir: resolve('content') },
      ...sizes.map((n) => ({ label: `${n.toLocaleString('en')} synthetic nodes`, slug: `synth-${n}`, dir: resolve('synth', String(n)), n })),
    ];
    const figures: Figure[] = [];
    for (const corpus of corpora) {
      if ('n' in corpus && !existsSync(corpus.dir)) {
        log(`writing the synthetic corpus of ${corpus.n} nodes`);
        const r = spawnSync(process.execPath, ['scripts/synth.ts', String(corpus.n)], { stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`npm run synth -- ${corpus.n} failed`);
      }
      const out = join(TMP, corpus.slug);
      const cache = resolve(`node_modules/.astro-${createHash('sha256').update(corpus.dir).digest('hex').slice(0, 8)}`);
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      const env = { CONTENT_DIR: corpus.dir };
      log(`${corpus.label}: content check`);
      const check = await measure(process.execPath, ['scripts/check-content.ts', corpus.dir], env);
      log(`${corpus.label}: astro build (cold cache) into ${out}`);
      const build = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], env);
      const pages = htmlFiles(out).length;
      log(`${corpus.label}: ${pages} pages in ${(check.seconds + build.seconds).toFixed(1)} s, peak ${Math.max(check.peakMiB, build.peakMiB).toFixed(0)} MiB`);
      figures.push(
        { name: `build time, ${corpus.label} (${pages} pages)`, value: check.seconds + build.seconds, unit: 's', note: `content check ${check.seconds.toFixed(1)} s + astro build ${build.seconds.toFixed(1)} s, cold cache` },
        { name: `build peak memory, ${corpus.label}`, value: Math.max(check.peakMiB, build.peakMiB), unit: 'MiB', note: 'largest single process (resident set high-water mark)' },
        { name: `build time per page, ${corpus.label}`, value: ((check.seconds + build.seconds) * 1000) / pages, unit: 'ms' },
      );
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
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
    return figures;
  },
};
