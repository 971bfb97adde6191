import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { validNodes, withEdit } from '../content/fixtures.ts';

const graphOf = (raw = validNodes()) => {
  const { nodes, problems } = validateNodes(raw);
  assert.deepEqual(problems, []);
  return buildGraph(nodes);
};

describe('buildGraph', () => {
  it('has one node per content node and one edge per relation and cited source', () => {
    const g = graphOf();
    assert.equal(g.nodes.length, validNodes().length);
    const relations = g.edges.filter((e) => e.type !== 'cites').length;
    const cites = g.edges.filter((e) => e.type === 'cites').length;
    assert.equal(relations, 10);
    assert.equal(cites, 12);
  });

  it('reads an edge forwards from its source and backwards, with the inverse label, from its target', () => {
    const g = graphOf();
    const forward = g.links('rerank').find((l) => l.other.id === 'slow')!;
    assert.equal(forward.inverse, false);
    assert.equal(forward.label, 'mitigates');
    const backward = g.links('slow').find((l) => l.other.id === 'rerank' && l.edge.type === 'mitigates')!;
    assert.equal(backward.inverse, true);
    assert.equal(backward.label, 'mitigated by');
  });

  it('groups a node\'s links by type and direction, with "cited by" on sources', () => {
    const g = graphOf();
    const labels = g.groups('rag').map((gr) => gr.label);
    assert.deepEqual(labels, ['favored by', 'disfavored by', 'exemplified by', 'has part', 'measured by', 'cites']);
    const cited = g.groups('paper').find((gr) => gr.label === 'cited by')!;
    assert.equal(cited.links.length, 12);
    const supported = g.groups('cost').find((gr) => gr.type === 'supports')!;
    assert.equal(supported.label, 'supported by', 'a finding reads as supporting the claim from the claim\'s page');
  });

  it('keeps one edge for a symmetric relation declared from both ends, shown in one group on each', () => {
    const raw = withEdit('freshness', (d) => {
      (d.relations as unknown[]).push({ type: 'contrasts-with', to: 'behaviour' });
    });
    const g = graphOf(raw);
    assert.equal(g.edges.filter((e) => e.type === 'contrasts-with' && [e.source, e.target].includes('freshness')).length, 1);
    for (const id of ['freshness', 'behaviour']) {
      const groups = g.groups(id).filter((gr) => gr.type === 'contrasts-with');
      assert.equal(groups.length, 1);
      assert.equal(groups[0].label, 'contrasts with');
    }
  });

  it('returns neighbourhoods by depth, nearest first, in both directions', () => {
    const g = graphOf();
    const one = g.neighbourhood('slow', 1);
    assert.equal(one[0], 'slow');
    assert.deepEqual(one.slice(1).sort(), ['paper', 'rerank']);
    const two = g.neighbourhood('slow', 2);
    assert.ok(two.includes('rag'), 'rag is two hops away through rerank');
    assert.ok(two.indexOf('rerank') < two.indexOf('rag'));
    assert.deepEqual(g.neighbourhood('missing', 2), []);
  });

  it('counts degree over both directions', () => {
    const g = graphOf();
    assert.equal(g.degree('slow'), g.links('slow').length);
    assert.equal(g.degree("rerank"), 4, "part of rag, mitigates slow, contrasts with slow, cites paper");
  });
});
