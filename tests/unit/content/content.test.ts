/**
 * The knowledge base itself: every node linked, cited and substantial, and written in its own words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { KINDS } from '../../../src/lib/content/kinds.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { RUN_LENGTH, comparedText, readBrief, readSeeds, runs, sharedRuns, words } from '../../../scripts/lib/originality.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';

const { nodes: raw, errors } = readContent('content');
const { nodes, problems } = validateNodes(raw);
const graph = buildGraph(nodes);
const bodyOf = new Map(raw.map((n) => [n.id, n.body]));

describe('the knowledge base', () => {
  it('validates with no problems', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(problems, []);
  });

  it('holds well over a hundred nodes, with every kind represented', () => {
    assert.ok(nodes.length >= 150, `${nodes.length} nodes`);
    for (const kind of KINDS) assert.ok(nodes.some((n) => n.kind === kind), `no ${kind}`);
  });

  it('gives every node at least two relations and every non-source node a source', () => {
    const thin = nodes.filter((n) => n.data.relations.length < 2).map((n) => n.file);
    assert.deepEqual(thin, [], 'nodes with fewer than two relations');
    const uncited = nodes.filter((n) => n.kind !== 'sources' && n.data.sources.length === 0).map((n) => n.file);
    assert.deepEqual(uncited, [], 'nodes citing no source');
    const unlinked = nodes.filter((n) => graph.links(n.id).filter((l) => l.edge.type !== 'cites').length < 2).map((n) => n.file);
    assert.deepEqual(unlinked, [], 'nodes with fewer than two links in the graph');
  });

  it('gives every criterion at least two levels and every use case a profile', () => {
    for (const n of nodes) {
      if (n.kind === 'criteria') assert.ok(n.data.levels.length >= 2, n.file);
      if (n.kind === 'use-cases') assert.ok(Object.keys(n.data.profile).length >= 1, n.file);
    }
  });

  it('has no stubs: every body has at least 60 words', () => {
    const short = nodes
      .map((n) => ({ file: n.file, count: words(bodyOf.get(n.id) ?? '').length }))
      .filter((x) => x.count < 60);
    assert.deepEqual(short, []);
  });

  it('links every contradiction both ways in the graph, between nodes whose bodies discuss it', () => {
    const contradictions = graph.edges.filter((e) => e.type === 'contradicts');
    assert.ok(contradictions.length >= 5, `${contradictions.length} contradictions`);
    for (const e of contradictions) {
      for (const id of [e.source, e.target]) {
        assert.ok(graph.groups(id).some((g) => g.type === 'contradicts'), `${id} shows its contradiction`);
      }
    }
  });

  it(`shares no run of ${RUN_LENGTH} consecutive words with any seed article`, () => {
    const seedRuns = runs(readSeeds());
    assert.ok(seedRuns.size > 1000, 'the seed articles were read');
    const hits = raw.flatMap((n) => [...new Set(sharedRuns(comparedText(readFileSync(n.file, 'utf8'), n.kind), seedRuns))].map((run) => `${n.file}: "${run}"`));
    assert.deepEqual(hits, []);
  });

  it(`shares no run of ${RUN_LENGTH} consecutive words with the research brief on the primary studies`, () => {
    const briefRuns = runs([readBrief()]);
    assert.ok(briefRuns.size > 500, 'the research brief was read');
    const hits = raw.flatMap((n) => [...new Set(sharedRuns(comparedText(readFileSync(n.file, 'utf8'), n.kind), briefRuns))].map((run) => `${n.file}: "${run}"`));
    assert.deepEqual(hits, []);
  });
});

describe('the originality check', () => {
  it('leaves out only a source node\'s title, the one line that must quote a name exactly', () => {
    const file = '---\ntitle: "Retrieval meets Long Context Large Language Models in a study of nine tasks"\nsummary: "Retrieval meets long context large language models in a study of nine tasks."\n---\n';
    const brief = runs(['Retrieval meets Long Context Large Language Models in a study of nine tasks, said the brief.']);
    assert.equal(sharedRuns(comparedText(file, 'sources'), brief).length, 2, 'the summary still counts');
    assert.equal(sharedRuns(comparedText(file, 'findings'), brief).length, 4, 'outside sources the title counts too');
  });

  it('catches a sentence lifted from a seed, whatever its punctuation and case', () => {
    const seedRuns = runs(['The retrieval wasn’t broken. The behavior was. And no amount of RAG optimization was going to fix it.']);
    assert.equal(sharedRuns('the retrieval WASNT broken -- the behavior was; and no amount of rag optimization', seedRuns).length, 2);
    assert.deepEqual(sharedRuns('Retrieval was fine; what failed was how the model behaved.', seedRuns), []);
  });
});
