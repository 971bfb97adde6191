import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionDataFrom } from '../../../src/lib/decision/input.ts';
import { validateNodes, type ParsedNode } from '../../../src/lib/content/validate.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { keyRelations, MAX_PER_GROUP, previewOf } from '../../../src/lib/preview/data.ts';
import { parsePreview } from '../../../src/lib/preview/parse.ts';
import { validNodes, withEdit } from '../content/fixtures.ts';

const { nodes, problems } = validateNodes(validNodes());
assert.deepEqual(problems, []);
const graph = buildGraph(nodes);
const decision = decisionDataFrom(nodes);
const parsed = (id: string): ParsedNode => nodes.find((n) => n.id === id)!;
const preview = (id: string) => previewOf(graph, parsed(id), decision)!;

describe('previewOf', () => {
  it('carries the node\'s kind, title and summary as the node page shows them', () => {
    const p = preview('slow');
    assert.equal(p.id, 'slow');
    assert.equal(p.kind, 'pitfalls');
    assert.equal(p.kindLabel, 'Pitfall');
    assert.equal(p.title, 'Slow');
    assert.equal(p.summary, 'Latency.');
  });

  it('adds one kind-specific line: a criterion\'s question, a source\'s medium, authors and year, a finding\'s figure', () => {
    assert.equal(preview('freshness').detail, 'How often does it change?');
    assert.equal(preview('paper').detail, 'paper · A. Author · 2020');
    assert.equal(preview('retrieval-wins').detail, 'Accuracy 0.88 with retrieval vs 0.50 after training');
    assert.equal(preview('rag').detail, undefined);
  });

  it('names a technique\'s, pitfall\'s or tool\'s category in words, and no other kind\'s', () => {
    assert.equal(preview('slow').category, 'failure mode');
    assert.equal(preview('vdb').category, 'vector database');
    assert.equal(preview('rerank').category, 'pipeline');
    assert.equal(preview('rag').category, undefined);
    assert.equal(preview('slow').detail, undefined);
  });

  it('shortens a long author list to two names and "et al."', () => {
    const v = validateNodes(withEdit('paper', (d) => (d.authors = ['A', 'B', 'C'])));
    const p = previewOf(buildGraph(v.nodes), v.nodes.find((n) => n.id === 'paper')!, decisionDataFrom(v.nodes))!;
    assert.equal(p.detail, 'paper · A, B et al. · 2020');
  });

  it('gives a use case the model\'s ranking, best first, with the approaches\' short names', () => {
    // freshness daily (weight 2) and behaviour knowledge (weight 1): rag 2x2+2, hybrid 2x1+0, prompting -2-1, fine-tuning -4-1.
    assert.deepEqual(preview('news').ranking, [
      { approach: 'rag', score: 6 },
      { approach: 'hybrid', score: 2 },
      { approach: 'prompting', score: -3 },
      { approach: 'fine-tuning', score: -5 },
    ]);
    assert.equal(preview('rag').ranking, undefined);
  });

  it('round-trips through JSON and parsePreview unchanged, for every node', () => {
    for (const n of nodes) {
      const p = preview(n.id);
      assert.deepEqual(parsePreview(JSON.parse(JSON.stringify(p)), n.id), p, n.id);
    }
  });
});

describe('keyRelations', () => {
  it('lists the decision-bearing relations first and leaves citations to the Sources section', () => {
    assert.deepEqual(
      keyRelations(graph, 'rag').map((r) => r.label),
      ['favored by', 'disfavored by', 'exemplified by'],
    );
  });

  it('keeps at most the asked number of groups', () => {
    assert.equal(keyRelations(graph, 'rag', 2).length, 2);
    assert.equal(keyRelations(graph, 'rag', 10).length, 5);
  });

  it('lists what cites a source, best-connected first, and counts the rest', () => {
    const [cited] = keyRelations(graph, 'paper');
    assert.equal(cited!.label, 'cited by');
    assert.equal(cited!.titles.length, MAX_PER_GROUP);
    assert.equal(cited!.more, 12 - MAX_PER_GROUP);
    const degrees = cited!.titles.map((t) => graph.degree(graph.nodes.find((n) => n.title === t)!.id));
    assert.deepEqual(degrees, [...degrees].sort((a, b) => b - a));
    // "Approach rag" has the most links of all that cite the paper.
    assert.equal(cited!.titles[0], 'Approach rag');
  });
});
