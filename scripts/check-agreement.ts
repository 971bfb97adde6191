/** Lists, for every use case with a sourced recommendation, the model's winner beside the source's. */
import { decisionDataFrom } from '../src/lib/decision/input.ts';
import { scenariosFrom } from '../src/lib/decision/scenarios.ts';
import { ContentError, loadContentFolder, type ContentFolder } from './lib/content-folder.ts';

let nodes: ContentFolder['nodes'];
try {
  ({ nodes } = loadContentFolder());
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
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
