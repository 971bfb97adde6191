/** Lists, for every use case with a sourced recommendation, the model's winner beside the source's. */
import { resolve } from 'node:path';
import { decisionDataFrom, expectedApproach } from '../src/lib/decision-data.ts';
import { rank } from '../src/lib/decision.ts';
import { formatProblems, validateNodes } from '../src/lib/validate.ts';
import { readContent } from './read-content.ts';

const { nodes: raw } = readContent(resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content'));
const { nodes, problems } = validateNodes(raw);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const data = decisionDataFrom(nodes);
let failed = 0;
for (const n of nodes) {
  if (n.kind !== 'use-cases') continue;
  const expected = expectedApproach(n.data);
  if (!expected) continue;
  const ranking = rank(data, n.data.profile);
  const ok = ranking[0]?.approach.id === expected;
  if (!ok) failed++;
  const scores = ranking.map((r) => `${r.approach.short} ${r.score}`).join(', ');
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${n.id}: expected ${expected}; model ${scores}`);
}
console.log(failed ? `${failed} use case(s) disagree with their sources.` : 'Every sourced recommendation is reproduced.');
process.exit(failed ? 1 : 0);
