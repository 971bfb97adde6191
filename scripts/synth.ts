/**
 * `npm run synth -- <N> [outDir]`: writes a synthetic knowledge base of N valid nodes to
 * `synth/<N>/` (never to content/), so builds, the graph and search can be measured at scale.
 * Relations follow preferential attachment, as real knowledge graphs do: a few hubs, many leaves.
 * Seeded, so the same N always gives the same corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KINDS, type Kind } from '../src/lib/content/kinds.ts';

const N = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(N) || N < 40) {
  console.error('usage: npm run synth -- <N of at least 40> [outDir]');
  process.exit(2);
}
const out = resolve(process.argv[3] ?? join('synth', String(N)));

/** Mulberry32: a small seeded PRNG, so corpora are reproducible. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(N);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const WORDS = ('retrieval tuning context latency index vector adapter corpus token budget freshness drift recall precision ' +
  'schema format tone domain compliance audit cache shard embedding chunk rerank gateway router policy catalog ledger ' +
  'forecast pipeline evaluation harness version registry snapshot replica gradient rank matrix prompt citation').split(' ');
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const title = () => { const w = words(3); return w[0]!.toUpperCase() + w.slice(1); };

const SHARE: Record<Kind, number> = { approaches: 0, criteria: 0.02, 'use-cases': 0.2, 'trade-offs': 0.14, techniques: 0.22, pitfalls: 0.16, tools: 0.12, sources: 0.14, findings: 0 };
const APPROACHES = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const RELATIONS = ['favors', 'disfavors', 'exemplifies', 'mitigates', 'causes', 'part-of', 'uses', 'requires', 'measures', 'contrasts-with', 'related-to'];

interface Node { id: string; kind: Kind; fm: string[]; }
const nodes: Node[] = APPROACHES.map((id, i) => ({ id, kind: 'approaches', fm: [`short: "${id}"`, `order: ${i}`] }));
const rest = N - nodes.length;
for (const kind of KINDS) {
  if (kind === 'approaches') continue;
  const count = Math.max(kind === 'criteria' ? 4 : 3, Math.round(rest * SHARE[kind]));
  for (let i = 0; i < count && nodes.length < N; i++) nodes.push({ id: `${kind.replace(/s$/, '')}-${i + 1}`, kind, fm: [] });
}
while (nodes.length < N) nodes.push({ id: `technique-x${nodes.length}`, kind: 'techniques', fm: [] });

const sources = nodes.filter((n) => n.kind === 'sources').map((n) => n.id);
const criteria = nodes.filter((n) => n.kind === 'criteria');
const levelIds = ['low', 'medium', 'high'];
for (const c of criteria) {
  const levels = levelIds.map((l) => {
    const effects = APPROACHES.map((a) => `      - { approach: ${a}, score: ${Math.floor(rand() * 5) - 2}, why: "${words(8)}", sources: [${pick(sources)}] }`);
    return [`  - id: ${l}`, `    label: ${l[0]!.toUpperCase()}${l.slice(1)}`, '    effects:', ...effects].join('\n');
  });
  c.fm.push(`question: "${words(6)}?"`, `group: ${pick(['knowledge', 'behaviour', 'operations', 'cost', 'risk'])}`, 'levels:', ...levels);
}
const extra: Partial<Record<Kind, () => string[]>> = {
  techniques: () => [`category: ${pick(['pipeline', 'training', 'evaluation', 'adoption', 'architecture', 'operations'])}`],
  pitfalls: () => [`category: ${pick(['misconception', 'failure-mode', 'mistake'])}`],
  tools: () => [`category: ${pick(['vector-database', 'library', 'model', 'service', 'index'])}`],
  sources: () => [`authors: ["${title()}"]`, `year: ${2015 + Math.floor(rand() * 11)}`, 'medium: paper'],
  'use-cases': () => {
    const profile = criteria.filter(() => rand() < 0.5).slice(0, 5);
    const chosen = profile.length ? profile : [criteria[0]!];
    return [`profile: { ${chosen.map((c) => `${c.id}: ${pick(levelIds)}`).join(', ')} }`];
  },
};

// Preferential attachment: each new node links to earlier nodes, likelier to well-linked ones.
const degreeBag: string[] = [...APPROACHES];
const relationsOf = new Map<string, string[]>();
for (const n of nodes) {
  const rels: string[] = [];
  const targets = new Set<string>();
  const k = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < k * 3 && targets.size < k; i++) {
    const t = pick(degreeBag);
    if (t !== n.id) targets.add(t);
  }
  for (const t of targets) {
    rels.push(`  - { type: ${pick(RELATIONS)}, to: ${t} }`);
    degreeBag.push(t, n.id);
  }
  degreeBag.push(n.id);
  relationsOf.set(n.id, rels);
}
// Nodes may only link to nodes that exist; all ids exist by construction.

rmSync(out, { recursive: true, force: true });
for (const kind of KINDS) mkdirSync(join(out, kind), { recursive: true });
for (const n of nodes) {
  const fm = [
    `title: "${title()} ${n.id}"`,
    `summary: "${words(12)}."`,
    ...(rand() < 0.3 ? [`aliases: ["${words(2)}"]`] : []),
    ...n.fm,
    ...(extra[n.kind]?.() ?? []),
    ...(relationsOf.get(n.id)!.length ? ['relations:', ...relationsOf.get(n.id)!] : []),
    ...(n.kind === 'sources' ? [] : [`sources: [${pick(sources)}]`]),
  ];
  const body = `${words(40)}.\n\n## ${title()}\n\n${words(60)}.\n`;
  writeFileSync(join(out, n.kind, `${n.id}.mdx`), `---\n${fm.join('\n')}\n---\n${body}`);
}
console.log(`Wrote ${nodes.length} synthetic nodes to ${out}`);
