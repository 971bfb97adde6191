/** Lists, for every use case with a sourced recommendation, the model's winner beside the source's. */
import { resolve } from 'node:path';
import { decisionDataFrom } from '../src/lib/decision/input.ts';
import { scenariosFrom } from '../src/lib/decision/scenarios.ts';
import { formatProblems, validateNodes } from '../src/lib/content/validate.ts';
import { readContent } from './lib/read-content.ts';

const { nodes: raw } = readContent(resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content'));
const { nodes, problems } = validateNodes(raw);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const data = decisionDataFrom(nodes);
const short = new Map(data.approaches.map((a) => [a.id, a.short]));
let failed = 0;
for (const s of scenariosFrom(nodes, data).sort((a, b) => a.id.localeCompare(b.id))) {
  if (!s.expected) continue;
  if (!s.agrees) failed++;
  const scores = s.ranking.map((r) => `${short.get(r.approach)} ${r.score}`).join(', ');
  console.log(`${s.agrees ? 'ok  ' : 'FAIL'} ${s.id}: expected ${s.expected}; model ${scores}`);
}
console.log(failed ? `${failed} use case(s) disagree with their sources.` : 'Every sourced recommendation is reproduced.');
process.exit(failed ? 1 : 0);
