/**
 * `npm run synth -- <N> [outDir]`: writes a synthetic knowledge base of N valid nodes to
 * `synth/<N>/` (never to content/), so builds, the graph and search can be measured at scale.
 * Relations follow preferential attachment, as real knowledge graphs do: a few hubs, many leaves.
 * Bodies are a few hundred words under two to four headings, drawn from a vocabulary of thousands
 * of words with Zipf-like frequencies, so index sizes and search costs look like real prose's.
 * Seeded, so the same N always gives the same corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { seededRandom } from '../src/lib/shared/random.ts';
import { join, resolve } from 'node:path';
import { KINDS, type Kind } from '../src/lib/content/kinds.ts';

const N = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(N) || N < 40) {
  console.error('usage: npm run synth -- <N of at least 40> [outDir]');
  process.exit(2);
}
const out = resolve(process.argv[3] ?? join('synth', String(N)));

// Seeded, so corpora are reproducible.
const rand = seededRandom(N);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const DOMAIN = ('retrieval tuning context latency index vector adapter corpus token budget freshness drift recall precision ' +
  'schema format tone domain compliance audit cache shard embedding chunk rerank gateway router policy catalog ledger ' +
  'forecast pipeline evaluation harness version registry snapshot replica gradient rank matrix prompt citation').split(' ');
const FUNCTION_WORDS = 'the of and to a in is that for it as with on be by this are from or at which an not can its more when'.split(' ');
const SYLLABLES = ('ka lo mi tre ven sor al bri cu dan el fo gra hin ix jo ker lum mar nor op pra qui ros sta tul ur vel wex yo zan ' +
  'ber cal dor fen gil har ist jun kel lor mor nel os pel ros sen tor ul ver win xan yor zel ath ber cor dis ent gor').split(' ');
/** Distinct words in the synthetic vocabulary: several thousand, as a technical site has. */
const VOCABULARY = 6000;
/** Zipf exponent: a few words everywhere, most words rare, as in real prose. */
const ZIPF = 1.05;

// Invented words of two to four syllables, unique, seeded like everything else; domain words rank near the top.
const vocabulary: string[] = [...FUNCTION_WORDS];
{
  const seen = new Set(vocabulary);
  for (const w of DOMAIN) {
    if (seen.has(w)) continue;
    seen.add(w);
    vocabulary.splice(FUNCTION_WORDS.length + Math.floor(rand() * 60), 0, w);
  }
  while (vocabulary.length < VOCABULARY) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    if (seen.has(w)) continue;
    seen.add(w);
    vocabulary.push(w);
  }
}
const cumulative: number[] = [];
let total = 0;
for (let r = 0; r < vocabulary.length; r++) cumulative.push((total += 1 / (r + 1) ** ZIPF));
/** A word drawn with Zipf-like frequency. */
const zipfWord = (): string => {
  const x = rand() * cumulative.at(-1)!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
};
const words = (n: number) => Array.from({ length: n }, zipfWord).join(' ');
/** Content words only (no function words), for titles, headings and names. */
const contentWord = (): string => {
  for (;;) {
    const w = zipfWord();
    if (!FUNCTION_WORDS.includes(w)) return w;
  }
};
const contentWords = (n: number) => Array.from({ length: n }, contentWord).join(' ');
const title = () => { const w = contentWords(3); return w[0]!.toUpperCase() + w.slice(1); };
/** Sentences of 8 to 24 words, capitalised and stopped, with now and then a figure as real content has. */
const prose = (n: number) => {
  const out: string[] = [];
  let left = n;
  while (left > 0) {
    const len = Math.min(left, 8 + Math.floor(rand() * 17));
    let s = words(len);
    if (rand() < 0.15) s += ` ${pick(['4-bit', 'A100', '70B', '1,000', '8x7B', 'GPT-5', '0.1', '2023'])}`;
    out.push(`${s[0]!.toUpperCase()}${s.slice(1)}.`);
    left -= len;
  }
  return out.join(' ');
};

const SHARE: Record<Kind, number> = { approaches: 0, criteria: 0.02, 'use-cases': 0.2, 'trade-offs': 0.14, techniques: 0.22, pitfalls: 0.16, tools: 0.12, sources: 0.13, findings: 0.01 };
const APPROACHES = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const RELATIONS = ['favors', 'disfavors', 'exemplifies', 'mitigates', 'causes', 'part-of', 'uses', 'requires', 'measures', 'contrasts-with', 'related-to'];

interface Node { id: string; kind: Kind; fm: string[]; }
const nodes: Node[] = APPROACHES.map((id, i) => ({ id, kind: 'approaches', fm: [`short: "${id}"`, `order: ${i}`] }));
const rest = N - nodes.length;
for (const kind of KINDS) {
  if (kind === 'approaches') continue;
  // A kind with no share gets no nodes (the approaches are the four above).
  const count = SHARE[kind] ? Math.max(kind === 'criteria' ? 4 : 3, Math.round(rest * SHARE[kind])) : 0;
  for (let i = 0; i < count && nodes.length < N; i++) nodes.push({ id: `${kind.replace(/s$/, '')}-${i + 1}`, kind, fm: [] });
}
while (nodes.length < N) nodes.push({ id: `technique-x${nodes.length}`, kind: 'techniques', fm: [] });

const sources = nodes.filter((n) => n.kind === 'sources').map((n) => n.id);
const criteria = nodes.filter((n) => n.kind === 'criteria');
const levelIds = ['low', 'medium', 'high'];
for (const c of criteria) {
  const levels = levelIds.map((l) => {
    const effects = APPROACHES.map((a) => `      - { approach: ${a}, score: ${Math.floor(rand() * 5) - 2}, why: "${contentWords(8)}", sources: [${pick(sources)}] }`);
    return [`  - id: ${l}`, `    label: ${l[0]!.toUpperCase()}${l.slice(1)}`, '    effects:', ...effects].join('\n');
  });
  c.fm.push(`question: "${contentWords(6)}?"`, `group: ${pick(['knowledge', 'behaviour', 'operations', 'cost', 'risk'])}`, 'levels:', ...levels);
}
const extra: Partial<Record<Kind, () => string[]>> = {
  techniques: () => [`category: ${pick(['pipeline', 'training', 'evaluation', 'adoption', 'architecture', 'operations'])}`],
  pitfalls: () => [`category: ${pick(['misconception', 'failure-mode', 'mistake'])}`],
  tools: () => [`category: ${pick(['vector-database', 'library', 'model', 'service', 'index'])}`],
  sources: () => [`authors: ["${title()}"]`, `year: ${2015 + Math.floor(rand() * 11)}`, 'medium: paper'],
  // A finding states a figure its `verified` note quotes, as validation requires of the real ones.
  findings: () => {
    const figure = `${contentWords(5)} rose from ${10 + Math.floor(rand() * 40)}% to ${50 + Math.floor(rand() * 45)}%`;
    return [`figure: "${figure}"`, `verified: "Abstract: ${figure}."`, `models: ["${title()}"]`, `task: "${contentWords(8)}"`, `caveats: ["${contentWords(10)}."]`];
  },
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
  // A finding says what it measures, as validation requires.
  if (n.kind === 'findings') rels.push(`  - { type: measures, to: ${pick(APPROACHES)} }`);
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
    `summary: "${contentWords(12)}."`,
    ...(rand() < 0.3 ? [`aliases: ["${contentWords(2)}"]`] : []),
    ...n.fm,
    ...(extra[n.kind]?.() ?? []),
    ...(relationsOf.get(n.id)!.length ? ['relations:', ...relationsOf.get(n.id)!] : []),
    ...(n.kind === 'sources' ? [] : [`sources: [${pick(sources)}]`]),
  ];
  // A few hundred words: an opening paragraph, then two to four sections under their headings.
  const sections = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => `## ${title()}\n\n${prose(50 + Math.floor(rand() * 70))}\n`);
  const body = `${prose(40 + Math.floor(rand() * 40))}\n\n${sections.join('\n')}`;
  writeFileSync(join(out, n.kind, `${n.id}.md`), `---\n${fm.join('\n')}\n---\n${body}`);
}
console.log(`Wrote ${nodes.length} synthetic nodes to ${out}`);
