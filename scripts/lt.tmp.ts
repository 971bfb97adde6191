import { resolve } from 'node:path';
import { validateNodes } from '../src/lib/content/validate.ts';
import { readContent } from './lib/read-content.ts';
import { buildGraph } from '../src/lib/graph/model.ts';
import { layoutOf, localViewDoc } from '../src/lib/graph/view-data.ts';
const root = resolve(process.argv[2]!);
const { nodes } = readContent(root);
const { nodes: parsed } = validateNodes(nodes);
const g = buildGraph(parsed);
console.log(g.nodes.length, 'nodes', g.edges.length, 'edges');
const time = (label: string, f: () => void) => {
  const c = process.cpuUsage(); const t = performance.now(); f();
  const u = process.cpuUsage(c);
  console.log(label, (performance.now() - t).toFixed(0), 'ms wall', ((u.user + u.system) / 1000).toFixed(0), 'ms cpu');
};
time('global layout', () => layoutOf(g));
if (!process.argv[3]) time('all local', () => { for (const n of g.nodes) localViewDoc(g, n.id); });
