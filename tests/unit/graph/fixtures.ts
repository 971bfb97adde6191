/** Graphs for the graph-view unit tests: the small valid knowledge base, and a larger generated one. */
import { buildGraph, type Graph } from '../../../src/lib/graph/model.ts';
import { seededRandom } from '../../../src/lib/graph/layout.ts';
import type { RawNode } from '../../../src/lib/content/validate.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { validNodes } from '../content/fixtures.ts';

/** Builds the graph of raw nodes, failing loudly if they do not validate. */
export function graphOf(raw: RawNode[] = validNodes()): Graph {
  const { nodes, problems } = validateNodes(raw);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return buildGraph(nodes);
}

/** The small knowledge base plus `extra` tools, each related to up to three earlier nodes, chosen by a seeded random. */
export function largerGraph(extra: number): Graph {
  const rand = seededRandom(7);
  const raw = validNodes();
  const ids = raw.map((n) => n.id);
  for (let i = 0; i < extra; i++) {
    const id = `tool-${i}`;
    const targets = [...new Set(Array.from({ length: 3 }, () => ids[Math.floor(rand() * ids.length)]!))];
    raw.push({
      id,
      kind: 'tools',
      file: `content/tools/${id}.mdx`,
      data: { title: `Tool ${i}`, summary: `Tool number ${i}.`, category: 'library', relations: targets.map((to) => ({ type: 'related-to', to })), sources: ['paper'] },
    });
    ids.push(id);
  }
  return graphOf(raw);
}
