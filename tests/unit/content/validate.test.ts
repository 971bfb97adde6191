import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblems, validateNodes, type Problem } from '../../../src/lib/content/validate.ts';
import { validNodes, withEdit } from './fixtures.ts';

/** Asserts exactly one problem, in `file` at `field`, whose expectation matches `expected`. */
function expectOne(problems: Problem[], file: string, field: string, expected: RegExp, found?: RegExp) {
  assert.equal(problems.length, 1, formatProblems(problems));
  const [p] = problems;
  assert.equal(p.file, file);
  assert.equal(p.field, field);
  assert.match(p.expected, expected);
  if (found) assert.match(p.found, found);
}

describe('validateNodes', () => {
  it('accepts a valid knowledge base', () => {
    const { nodes, problems } = validateNodes(validNodes());
    assert.deepEqual(problems, []);
    assert.equal(nodes.length, validNodes().length);
  });

  it('rejects a relation to an unknown node, naming file, field and id', () => {
    const { problems } = validateNodes(withEdit('cost', (d) => { d.relations = [{ type: 'favors', to: 'nowhere' }]; }));
    expectOne(problems, 'content/trade-offs/cost.mdx', 'relations.0.to', /existing node/, /"nowhere", which is no node's id/);
  });

  it('rejects an unknown relation type, listing the vocabulary', () => {
    const { problems } = validateNodes(withEdit('cost', (d) => { d.relations = [{ type: 'loves', to: 'rag' }]; }));
    expectOne(problems, 'content/trade-offs/cost.mdx', 'relations.0.type', /a relation type: one of "favors", "disfavors"/, /"loves"/);
  });

  it('rejects a duplicate id across kinds, naming both files', () => {
    const raw = validNodes();
    raw.push({ id: 'rag', kind: 'tools', file: 'content/tools/rag.mdx', data: {} });
    const { problems } = validateNodes(raw);
    expectOne(problems, 'content/tools/rag.mdx', '(file name)', /unique across all kinds/, /content\/approaches\/rag\.mdx/);
  });

  it('rejects a cited source that does not exist', () => {
    const { problems } = validateNodes(withEdit('cost', (d) => { d.sources = ['paper', 'ghost-2020']; }));
    expectOne(problems, 'content/trade-offs/cost.mdx', 'sources.1', /the id of a source node: one of "paper"/, /"ghost-2020"/);
  });

  it('rejects a cited source that is not a source node', () => {
    const { problems } = validateNodes(withEdit('cost', (d) => { d.sources = ['rag']; }));
    expectOne(problems, 'content/trade-offs/cost.mdx', 'sources.0', /source node/, /a node of kind approaches/);
  });

  it('rejects a claim-bearing node that cites nothing', () => {
    const { problems } = validateNodes(withEdit('cost', (d) => { d.sources = []; }));
    expectOne(problems, 'content/trade-offs/cost.mdx', 'sources', /at least one source/);
  });

  it('rejects a finding that rests on no paper, naming file and field', () => {
    const { problems } = validateNodes(withEdit('retrieval-wins', (d) => { d.sources = ['blog']; }));
    expectOne(problems, 'content/findings/retrieval-wins.mdx', 'sources', /medium "paper"/, /none of them a paper/);
  });

  it('rejects a finding whose figure quotes a number its verified note does not', () => {
    const { problems } = validateNodes(withEdit('retrieval-wins', (d) => { d.figure = 'Accuracy 0.88 with retrieval vs 0.45 after training'; }));
    expectOne(problems, 'content/findings/retrieval-wins.mdx', 'figure', /quoted in `verified`/, /0\.45/);
  });

  it('rejects a finding with neither a number nor a word that the paper gives none', () => {
    const { problems } = validateNodes(withEdit('retrieval-wins', (d) => { d.figure = 'Retrieval did much better.'; }));
    expectOne(problems, 'content/findings/retrieval-wins.mdx', 'figure', /gives no figure/);
  });

  it('accepts a finding whose figure says the paper gives none', () => {
    const { problems } = validateNodes(withEdit('retrieval-wins', (d) => { d.figure = 'The abstract gives no figure; retrieval came out well ahead.'; }));
    assert.deepEqual(problems, []);
  });

  it('rejects a finding that says nothing about what it bears on', () => {
    const { problems } = validateNodes(withEdit('retrieval-wins', (d) => { d.relations = [{ type: 'related-to', to: 'rag' }]; }));
    expectOne(problems, 'content/findings/retrieval-wins.mdx', 'relations', /supports or contradicts/, /no supports, contradicts or measures/);
  });

  it('rejects a finding without caveats, and a malformed arXiv id', () => {
    const noCaveats = validateNodes(withEdit('retrieval-wins', (d) => { d.caveats = []; })).problems;
    expectOne(noCaveats, 'content/findings/retrieval-wins.mdx', 'caveats', /at least one caveat/);
    const badArxiv = validateNodes(withEdit('paper', (d) => { d.arxiv = 'arXiv:2001.00001v2'; })).problems;
    expectOne(badArxiv, 'content/sources/paper.mdx', 'arxiv', /arXiv identifier/, /arXiv:2001/);
  });

  it('rejects a use-case profile naming an unknown criterion', () => {
    const { problems } = validateNodes(withEdit('news', (d) => { d.profile = { freshness: 'daily', colour: 'blue' }; }));
    expectOne(problems, 'content/use-cases/news.mdx', 'profile.colour', /a criterion id: one of "freshness", "behaviour"/, /"colour"/);
  });

  it('rejects a use-case profile naming an unknown level', () => {
    const { problems } = validateNodes(withEdit('news', (d) => { d.profile = { freshness: 'hourly' }; }));
    expectOne(problems, 'content/use-cases/news.mdx', 'profile.freshness', /a level of criterion freshness: one of "daily", "stable"/, /"hourly"/);
  });

  it('rejects an effect naming an unknown approach', () => {
    const { problems } = validateNodes(
      withEdit('freshness', (d) => {
        (d.levels as { effects: { approach: string }[] }[])[1].effects[0].approach = 'telepathy';
      }),
    );
    expectOne(problems, 'content/criteria/freshness.mdx', 'levels.1.effects.0.approach', /an approach: one of "rag", "fine-tuning"/, /"telepathy"/);
  });

  it('rejects a recommendation naming an unknown approach or source', () => {
    const { problems } = validateNodes(withEdit('news', (d) => { d.recommendations = [{ approach: 'magic', source: 'paper' }]; }));
    expectOne(problems, 'content/use-cases/news.mdx', 'recommendations.0.approach', /an approach/, /"magic"/);
  });

  it('rejects disagreeing recommendations without a resolution', () => {
    const { problems } = validateNodes(
      withEdit('news', (d) => {
        d.recommendations = [{ approach: 'rag', source: 'paper' }, { approach: 'fine-tuning', source: 'paper' }];
      }),
    );
    expectOne(problems, 'content/use-cases/news.mdx', 'resolution', /a resolution naming the approach/);
  });

  it('rejects a missing required field', () => {
    const { problems } = validateNodes(withEdit('slow', (d) => { delete d.summary; }));
    expectOne(problems, 'content/pitfalls/slow.mdx', 'summary', /expected string/, /nothing/);
  });

  it('rejects a field of the wrong type and an out-of-range score', () => {
    const { problems } = validateNodes(
      withEdit('freshness', (d) => {
        (d.levels as { effects: { score: number }[] }[])[0].effects[0].score = 5;
      }),
    );
    expectOne(problems, 'content/criteria/freshness.mdx', 'levels.0.effects.0.score', /<=2|2/, /5/);
  });

  it('rejects a criterion with fewer than two levels', () => {
    const { problems } = validateNodes(withEdit('behaviour', (d) => { d.levels = (d.levels as unknown[]).slice(0, 1); }));
    expectOne(problems, 'content/criteria/behaviour.mdx', 'levels', /at least two levels/);
  });

  it('rejects an unknown field, naming it', () => {
    const { problems } = validateNodes(withEdit('slow', (d) => { d.colour = 'red'; }));
    expectOne(problems, 'content/pitfalls/slow.mdx', 'colour', /only the fields of a pitfalls node/, /unknown field "colour"/);
  });

  it('rejects a file in a folder that is not a kind', () => {
    const raw = validNodes();
    raw.push({ id: 'stray', kind: 'misc', file: 'content/misc/stray.mdx', data: {} });
    const { problems } = validateNodes(raw);
    expectOne(problems, 'content/misc/stray.mdx', '(folder)', /a folder named after a kind/);
  });

  it('reports every problem at once, each once', () => {
    const raw = withEdit('cost', (d) => {
      d.relations = [{ type: 'loves', to: 'nowhere' }];
      d.sources = ['ghost'];
    });
    const { problems } = validateNodes(raw);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['relations.0.to', 'relations.0.type', 'sources.0']);
    const text = formatProblems(problems);
    assert.match(text, /3 problems/);
    assert.match(text, /content\/trade-offs\/cost\.mdx: relations\.0\.to: found "nowhere"/);
  });

  it('names every file that links to a deleted node', () => {
    const raw = validNodes().filter((n) => n.id !== 'rag');
    const { problems } = validateNodes(raw);
    const linking = new Set(problems.filter((p) => p.found.includes('"rag"')).map((p) => p.file));
    assert.deepEqual([...linking].sort(), [
      'content/criteria/behaviour.mdx',
      'content/criteria/freshness.mdx',
      'content/findings/retrieval-wins.mdx',
      'content/tools/vdb.mdx',
      'content/trade-offs/cost.mdx',
      'content/techniques/rerank.mdx',
      'content/use-cases/news.mdx',
    ].sort());
  });
});
