import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { allDisagreements, disagreementsOf, evidenceFor, findingRows, shortAuthors } from '../../../src/lib/evidence/model.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { validNodes, withEdit } from '../content/fixtures.ts';

const build = (raw = validNodes()) => {
  const { nodes, problems } = validateNodes(raw);
  assert.deepEqual(problems, []);
  const graph = buildGraph(nodes);
  const rows = findingRows(nodes, graph);
  return { graph, rows, byId: new Map(rows.map((r) => [r.id, r])) };
};

describe('evidence from the graph', () => {
  it('turns a finding into a table row with its study, setup and what it bears on', () => {
    const { rows } = build();
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.study.id, 'paper');
    assert.equal(row.study.year, 2020);
    assert.deepEqual(row.models, ['Model-7B']);
    assert.deepEqual(row.bearsOn.map((b) => [b.id, b.stance]), [['cost', 'supports'], ['rag', 'measures']]);
  });

  it('shows a finding on the pages of the nodes it bears on, with its stance', () => {
    const { graph, byId } = build();
    assert.deepEqual(evidenceFor('cost', graph, byId).map((e) => [e.finding.id, e.stance]), [['retrieval-wins', 'supports']]);
    assert.deepEqual(evidenceFor('freshness', graph, byId), []);
  });

  it('sets out a disagreement with the findings on each side, or none when no study bears on it', () => {
    const raw = withEdit('cost', (d) => { (d.relations as unknown[]).push({ type: 'contradicts', to: 'slow', note: 'They count different costs.' }); });
    const { graph, byId } = build(raw);
    const [fromCost] = disagreementsOf('cost', graph, byId);
    assert.equal(fromCost.other.id, 'slow');
    assert.equal(fromCost.note, 'They count different costs.');
    assert.deepEqual(fromCost.here.map((e) => e.finding.id), ['retrieval-wins']);
    assert.deepEqual(fromCost.there, []);
    const [fromSlow] = disagreementsOf('slow', graph, byId);
    assert.deepEqual(fromSlow.there.map((e) => e.finding.id), ['retrieval-wins'], 'the same evidence seen from the other side');
    assert.deepEqual(allDisagreements(graph), [['cost', 'slow']]);
  });

  it('does not count a finding contradicting a claim as a disagreement between articles', () => {
    const raw = withEdit('retrieval-wins', (d) => { (d.relations as unknown[]).push({ type: 'contradicts', to: 'slow' }); });
    const { graph, byId } = build(raw);
    assert.deepEqual(allDisagreements(graph), []);
    assert.deepEqual(disagreementsOf('slow', graph, byId), []);
    assert.deepEqual(evidenceFor('slow', graph, byId).map((e) => e.stance), ['contradicts']);
  });

  it('names a study by its first author', () => {
    assert.equal(shortAuthors(['Oded Ovadia', 'Menachem Brief']), 'Ovadia et al.');
    assert.equal(shortAuthors(['Nick Mecklenburg', 'et al.']), 'Mecklenburg et al.');
    assert.equal(shortAuthors(['OpenAI']), 'OpenAI');
  });
});

describe('the evidence in the knowledge base', () => {
  const { nodes } = validateNodes(readContent('content').nodes);
  const graph = buildGraph(nodes);
  const rows = findingRows(nodes, graph);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const studiesOn = (id: string, stance?: string) =>
    new Set(evidenceFor(id, graph, byId).filter((e) => !stance || e.stance === stance).map((e) => e.finding.study.short));

  it('shows Ovadia\'s and Gekhman\'s numbers on the page for "fine-tuning teaches the model new facts"', () => {
    const backing = studiesOn('fine-tuning-teaches-facts', 'supports');
    for (const s of ['Ovadia et al.', 'Gekhman et al.']) assert.ok(backing.has(s), `${s} missing`);
    for (const e of evidenceFor('fine-tuning-teaches-facts', graph, byId)) assert.match(e.finding.figure, /\d|gives no figure/);
  });

  it('shows on the hybrid page where combining helped (Balaguer) and where it did not (Ovadia, current events)', () => {
    const onHybrid = evidenceFor('hybrid', graph, byId).map((e) => e.finding.id);
    assert.ok(onHybrid.includes('balaguer-gains-add-up'));
    assert.ok(onHybrid.includes('ovadia-fine-tuning-plus-rag-below-rag'));
  });

  it('covers every disagreement between articles, and brings studies to the ones they measured', () => {
    const pairs = allDisagreements(graph);
    assert.ok(pairs.length >= 8, `${pairs.length} disagreements`);
    const withEvidence = pairs.filter(([a, b]) => disagreementsOf(a, graph, byId).some((d) => d.other.id === b && d.here.length + d.there.length > 0));
    const ids = new Set(withEvidence.flat());
    for (const id of ['internalised-knowledge', 'company-policy-handbook', 'integration-order-effort', 'hybrid-by-default'].filter((x) => graph.node(x))) {
      assert.ok(ids.has(id) || studiesOn(id).size > 0, `${id} has no study beside it`);
    }
  });
});
