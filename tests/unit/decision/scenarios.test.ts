import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adrMarkdown } from '../../../src/lib/decision/adr.ts';
import { decisionDataFrom } from '../../../src/lib/decision/input.ts';
import { decisionDocument } from '../../../src/lib/decision/document.ts';
import { decide } from '../../../src/lib/decision/model.ts';
import { describeFlip } from '../../../src/lib/decision/text.ts';
import { byCloseness, closeness, scenariosFrom } from '../../../src/lib/decision/scenarios.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { validNodes, withEdit } from '../content/fixtures.ts';

const load = (raw = validNodes()) => {
  const { nodes, problems } = validateNodes(raw);
  assert.deepEqual(problems, []);
  return { nodes, data: decisionDataFrom(nodes) };
};

describe('scenarios', () => {
  it('carries each use case\'s profile, sourced recommendation and the model\'s ranking', () => {
    const { nodes, data } = load();
    const [news] = scenariosFrom(nodes, data);
    assert.equal(news.id, 'news');
    assert.deepEqual(news.profile, { freshness: 'daily', behaviour: 'knowledge' });
    assert.equal(news.expected, 'rag');
    // freshness daily x2: rag +4, fine-tuning -4, hybrid +2, prompting -2; knowledge x1: rag +2, fine-tuning -1, prompting -1.
    assert.deepEqual(news.ranking, [
      { approach: 'rag', score: 6 },
      { approach: 'hybrid', score: 2 },
      { approach: 'prompting', score: -3 },
      { approach: 'fine-tuning', score: -5 },
    ]);
    assert.equal(news.margin, 4);
    assert.equal(news.agrees, true);
  });

  it('marks a scenario whose sources the model does not reproduce', () => {
    const raw = withEdit('news', (d) => {
      d.recommendations = [{ approach: 'fine-tuning', source: 'paper' }];
    });
    const { nodes, data } = load(raw);
    assert.equal(scenariosFrom(nodes, data)[0].agrees, false);
  });

  it('measures closeness criterion by criterion, and orders the closest first', () => {
    assert.deepEqual(closeness({ a: 'x', b: 'y' }, { a: 'x', b: 'z', c: 'w' }), { same: 1, different: 1, oneSided: 1, score: -0.5 });
    const rows: { title: string; profile: Record<string, string> }[] = [
      { title: 'Far', profile: { a: 'q', b: 'q' } },
      { title: 'Exact', profile: { a: 'x', b: 'y' } },
      { title: 'Half', profile: { a: 'x' } },
      { title: 'Also half', profile: { a: 'x' } },
    ];
    assert.deepEqual(byCloseness({ a: 'x', b: 'y' }, rows).map((r) => r.title), ['Exact', 'Also half', 'Half', 'Far']);
  });
});

describe('decision document', () => {
  it('publishes approaches, criteria, cited sources and every use case with its ranking, under base-relative paths', () => {
    const { nodes, data } = load();
    const doc = decisionDocument(nodes, data);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.approaches.map((a) => a.path), ['approaches/rag/', 'approaches/fine-tuning/', 'approaches/hybrid/', 'approaches/prompting/']);
    assert.deepEqual(doc.criteria.map((c) => [c.id, c.group, c.path]), [['behaviour', 'behaviour', 'criteria/behaviour/'], ['freshness', 'knowledge', 'criteria/freshness/']]);
    assert.deepEqual(doc.sources, [{ id: 'paper', title: 'A paper', short: 'A paper', path: 'sources/paper/' }]);
    assert.deepEqual(doc.useCases.map((u) => [u.id, u.path, u.ranking[0].approach]), [['news', 'use-cases/news/', 'rag']]);
    assert.deepEqual(JSON.parse(JSON.stringify(doc)).useCases[0].ranking, doc.useCases[0].ranking);
  });
});

describe('architecture decision record', () => {
  it('names the winner and margin, every reason with its sources, the alternatives and the flip points', () => {
    const raw = withEdit('freshness', (d) => {
      const effect = (d.levels as { effects: { why: string; sources?: string[] }[] }[])[0].effects[0];
      effect.why = 'Re-index | do not [retrain].';
      effect.sources = ['paper'];
    });
    const { nodes, data } = load(raw);
    const doc = decisionDocument(nodes, data);
    const state = { preset: 'news', profile: { freshness: 'daily', behaviour: 'knowledge' }, weights: { behaviour: 0.5 } };
    const decision = decide(data, state.profile, state.weights);
    const text = adrMarkdown(doc, state, decision, { siteUrl: 'https://example.org/docs/', link: 'https://example.org/docs/decide/?u=news', date: '2026-01-02' });
    assert.match(text, /^# ADR: Use Approach rag for News bot\n/);
    assert.match(text, /- Date: 2026-01-02/);
    assert.match(text, /\| \[Freshness\]\(https:\/\/example\.org\/docs\/criteria\/freshness\/\) \| Daily \| 2 \|/);
    assert.match(text, /\| \[Behaviour\]\(https:\/\/example\.org\/docs\/criteria\/behaviour\/\) \| Knowledge \| 0\.5 \|/);
    assert.match(text, /We will use \*\*Approach rag\*\*\. It scores 5, 3 points ahead of Approach hybrid \(2\)\./);
    assert.match(text, /### Freshness: Daily \(weight 2\)/);
    assert.match(text, /- Approach rag \+4: Re-index \\\| do not \\\[retrain\\\]\. Sources: \[A paper\]\(https:\/\/example\.org\/docs\/sources\/paper\/\)\./);
    for (const r of decision.ranking) for (const c of r.contributions) {
      if (c.effect) assert.ok(text.includes(c.effect.why.replace(/([|[\]])/g, '\\$1')), c.effect.why);
    }
    assert.match(text, /\| 2 \| \[Approach hybrid\]\(https:\/\/example\.org\/docs\/approaches\/hybrid\/\) \| 2 \| 3 \|/);
    assert.match(text, /## Sources\n\n- \[A paper\]\(https:\/\/example\.org\/docs\/sources\/paper\/\)/);
    for (const f of decision.flips) assert.ok(text.includes(describeFlip(data, f, state.weights).replace(/([|[\]*_`<>])/g, '\\$1')));
  });

  it('says there is no decision yet for an empty profile', () => {
    const { nodes, data } = load();
    const doc = decisionDocument(nodes, data);
    const text = adrMarkdown(doc, { profile: {}, weights: {} }, decide(data, {}), { siteUrl: 'https://x.org/', link: 'https://x.org/decide/', date: '2026-01-02' });
    assert.match(text, /No decision yet\./);
    assert.doesNotMatch(text, /## Reasons/);
  });
});
