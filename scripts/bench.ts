/**
 * `npm run bench`: runs every benchmark part in scripts/bench/ (each a module exporting `part`) and
 * writes bench/report.md and bench/report.json with each figure beside its target. Timings are
 * reported, never asserted: the tests stay deterministic on shared, noisy machines.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchPart, Figure } from './bench/types.ts';

const only = process.argv.slice(2);
const sizes = (process.env.BENCH_SIZES ?? '2000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const dir = resolve('scripts/bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort();

const sections: { title: string; figures: Figure[]; error?: string }[] = [];
for (const file of files) {
  const { part } = (await import(pathToFileURL(join(dir, file)).href)) as { part: BenchPart };
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n=== ${part.title}`);
  try {
    sections.push({ title: part.title, figures: await part.run({ sizes, log: (m) => console.log(`  ${m}`) }) });
  } catch (error) {
    console.error(error);
    sections.push({ title: part.title, figures: [], error: (error as Error).message });
  }
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
const lines = [
  '# Benchmark report',
  '',
  `Produced by \`BENCH_SIZES=${sizes.join(',')} npm run bench${only.length ? ` -- ${only.join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}, ` +
    `${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Timings vary with machine load; ` +
    'they are reported here, never asserted by the tests.',
];
for (const s of sections) {
  lines.push('', `## ${s.title}`, '');
  if (s.error) lines.push(`Failed: ${s.error}`, '');
  if (!s.figures.length) continue;
  lines.push('| measure | value | target | met | note |', '| --- | --- | --- | --- | --- |');
  for (const f of s.figures) {
    const met = f.met === undefined ? '' : f.met ? 'yes' : '**no**';
    lines.push(`| ${f.name} | ${fmt(f.value)} ${f.unit} | ${f.target ?? ''} | ${met} | ${f.note ?? ''} |`);
  }
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.md', `${lines.join('\n')}\n`);
writeFileSync('bench/report.json', `${JSON.stringify({ sizes, sections }, null, 2)}\n`);
console.log('\nWrote bench/report.md and bench/report.json');
process.exit(sections.some((s) => s.error) ? 1 : 0);
