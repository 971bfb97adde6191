import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide, flipPoints, marginOf, rank, weightOptions, type DecisionData, type FlipPoint, type Profile, type Weights } from '../../../src/lib/decision/model.ts';
import { criterionNoun, describeFlip, weightRange } from '../../../src/lib/decision/text.ts';
import { data, gap, ml } from './fixture.ts';

const scores = (profile: Profile, weights: Weights = {}) => Object.fromEntries(rank(data, profile, weights).map((r) => [r.approach.id, r.score]));
const winnerOf = (d: DecisionData, profile: Profile, weights: Weights) => rank(d, profile, weights)[0].approach.id;
const key = (f: FlipPoint) => `${f.criterion}|${f.level}|${f.weights.join('/')}|${f.winner}`;

/** Applies a flip point's change at one of its weights. */
function applied(profile: Profile, weights: Weights, f: FlipPoint, w: number) {
  const p: Record<string, string> = { ...profile };
  if (f.level === null) delete p[f.criterion];
  else p[f.criterion] = f.level;
  return { profile: p, weights: { ...weights, [f.criterion]: w } };
}

describe('rank: scoring', () => {
  it('sums weight x score over the answered criteria, reading a missing effect as neutral', () => {
    assert.deepEqual(scores({ freshness: 'daily', gap: 'knowledge' }), { rag: 6, 'fine-tuning': -5, hybrid: 2 });
    assert.deepEqual(scores({ freshness: 'stable', gap: 'behaviour' }), { rag: -1, 'fine-tuning': 4, hybrid: 1 });
  });

  it('uses the reader\'s weight where set and the criterion\'s default elsewhere', () => {
    assert.deepEqual(scores({ freshness: 'daily', gap: 'knowledge' }, { freshness: 0.5, gap: 3 }), { rag: 7, 'fine-tuning': -4, hybrid: 0.5 });
    assert.deepEqual(scores({ ml: 'none' }), { rag: 1.25, 'fine-tuning': -2.5, hybrid: -2.5 });
  });

  it('ignores unknown criteria and unknown levels', () => {
    assert.deepEqual(scores({ nope: 'x', freshness: 'hourly', gap: 'knowledge' }), { rag: 2, 'fine-tuning': -1, hybrid: 0 });
  });

  it('orders by score, highest first', () => {
    assert.deepEqual(rank(data, { freshness: 'stable', gap: 'behaviour' }).map((r) => r.approach.id), ['fine-tuning', 'hybrid', 'rag']);
  });

  it('keeps fractional weights free of binary noise, so equal sums tie', () => {
    const d: DecisionData = {
      approaches: data.approaches,
      criteria: [0.1, 0.2, 0.3].map((weight, i) => ({
        ...gap,
        id: `c${i}`,
        weight,
        levels: [{ id: 'x', label: 'X', effects: [{ approach: i < 2 ? 'rag' : 'fine-tuning', score: 1, why: 'w', sources: [] }] }, gap.levels[1]],
      })),
    };
    const r = rank(d, { c0: 'x', c1: 'x', c2: 'x' });
    assert.equal(r[0].score, 0.3);
    assert.equal(r[1].score, 0.3);
    assert.equal(marginOf(r), 0);
  });
});

describe('rank: contributions', () => {
  it('gives every approach one contribution per answered criterion, with weight, value, effect and its sources', () => {
    const ranking = rank(data, { freshness: 'stable', gap: 'knowledge' });
    for (const r of ranking) assert.deepEqual(r.contributions.map((c) => c.criterion), ['freshness', 'gap']);
    const ft = ranking.find((r) => r.approach.id === 'fine-tuning')!;
    const fresh = ft.contributions.find((c) => c.criterion === 'freshness')!;
    assert.equal(fresh.level, 'stable');
    assert.equal(fresh.weight, 2);
    assert.equal(fresh.value, 2);
    assert.equal(fresh.effect?.why, 'fine-tuning 1 because.');
    assert.deepEqual(fresh.sources, ['paper', 'article']);
    const rag = ranking.find((r) => r.approach.id === 'rag')!;
    assert.deepEqual(rag.contributions.find((c) => c.criterion === 'gap')!.sources, ['article']);
  });

  it('records a missing effect as a neutral contribution with no sources', () => {
    const hybrid = rank(data, { gap: 'knowledge' }).find((r) => r.approach.id === 'hybrid')!;
    assert.deepEqual(hybrid.contributions.map((c) => [c.value, c.effect, c.sources]), [[0, undefined, []]]);
  });

  it('contributions add up to the score', () => {
    for (const r of rank(data, { freshness: 'daily', gap: 'behaviour', volume: 'high', ml: 'strong' }, { volume: 2.5 })) {
      assert.equal(Math.round(r.contributions.reduce((s, c) => s + c.value, 0) * 1e9) / 1e9, r.score);
    }
  });
});

describe('margin and ties', () => {
  it('is the gap between first and second', () => {
    assert.equal(decide(data, { freshness: 'daily', gap: 'knowledge' }).margin, 4);
  });

  it('breaks a tie by the approaches\' order and reports a margin of 0', () => {
    const d = decide(data, { gap: 'behaviour', volume: 'low' });
    assert.deepEqual(d.ranking.map((r) => [r.approach.id, r.score]), [['fine-tuning', 1], ['hybrid', 1], ['rag', 0]]);
    assert.equal(d.margin, 0);
    const empty = decide(data, {});
    assert.deepEqual(empty.ranking.map((r) => r.approach.id), ['rag', 'fine-tuning', 'hybrid']);
    assert.equal(empty.margin, 0);
  });
});

describe('flipPoints', () => {
  const profile = { freshness: 'stable', gap: 'knowledge' };

  it('finds exactly the answers and weights that change the winner', () => {
    assert.equal(winnerOf(data, profile, {}), 'rag');
    assert.deepEqual(flipPoints(data, profile).map(key), [
      'gap|behaviour|1|fine-tuning',
      'gap|null|1|fine-tuning',
      'gap|knowledge|0/0.5|fine-tuning',
      'volume|high|1|fine-tuning',
      'ml|strong|1.25|fine-tuning',
    ]);
  });

  it('finds an answer that flips only together with a heavier weight', () => {
    const flips = flipPoints(data, profile, { gap: 2 });
    const volume = flips.find((f) => f.criterion === 'volume')!;
    assert.deepEqual([volume.level, volume.weights, volume.changesAnswer, volume.changesWeight], ['high', [1.5, 2, 2.5, 3], true, true]);
    assert.equal(
      describeFlip(data, volume, { gap: 2 }),
      'Fine-tuning would come first if your query volume were Very high (millions a day) and you weighted it 1.5 or more (now 1).',
    );
  });

  const cases: [Profile, Weights][] = [
    [profile, {}],
    [profile, { gap: 2 }],
    [{ freshness: 'daily', gap: 'behaviour', volume: 'high' }, {}],
    [{ freshness: 'stable', gap: 'behaviour', ml: 'none' }, { ml: 3 }],
    [{ gap: 'behaviour', volume: 'low' }, {}],
    [{ volume: 'high' }, { volume: 0.5 }],
  ];

  it('every predicted flip really flips, at every weight it names', () => {
    let checked = 0;
    for (const [p, w] of cases) {
      const before = winnerOf(data, p, w);
      for (const f of flipPoints(data, p, w)) {
        for (const weight of f.weights) {
          const after = applied(p, w, f, weight);
          const ranking = rank(data, after.profile, after.weights);
          assert.notEqual(ranking[0].approach.id, before, `${key(f)} at ${weight}`);
          assert.equal(ranking[0].approach.id, f.winner, `${key(f)} at ${weight}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 10, `checked ${checked} flips`);
  });

  it('misses no single change that flips: every flipping answer or weight is covered', () => {
    for (const [p, w] of cases) {
      const before = winnerOf(data, p, w);
      const flips = flipPoints(data, p, w);
      for (const c of data.criteria) {
        const answers: (string | null)[] = [...c.levels.map((l) => l.id), null];
        for (const level of answers) {
          for (const weight of weightOptions(c)) {
            const probe: FlipPoint = { criterion: c.id, level, weights: [weight], changesAnswer: true, changesWeight: true, winner: '', score: 0, runnerUpScore: 0 };
            const after = applied(p, w, probe, weight);
            if (winnerOf(data, after.profile, after.weights) === before) continue;
            const covered = flips.some((f) => f.criterion === c.id && f.level === level && (f.weights.includes(weight) || !f.changesWeight));
            assert.ok(covered, `${c.id}=${level} at ${weight} flips but is not reported`);
          }
        }
      }
    }
  });

  it('reports nothing for a profile where no single change flips the winner', () => {
    assert.deepEqual(flipPoints(data, { freshness: 'daily', gap: 'knowledge', volume: 'low', ml: 'none' }), []);
  });

  it('counts a flip into a tie broken by column order, and says so', () => {
    const d: DecisionData = {
      approaches: [
        { id: 'b', title: 'Bee', short: 'B', order: 0 },
        { id: 'a', title: 'Ay', short: 'A', order: 1 },
      ],
      criteria: [{
        id: 'x', title: 'Ex', question: '?', group: 'risk', weight: 1,
        levels: [
          { id: 'q', label: 'Queue', effects: [{ approach: 'a', score: 1, why: 'w', sources: [] }] },
          { id: 's', label: 'Ess', effects: [{ approach: 'a', score: 1, why: 'w', sources: [] }, { approach: 'b', score: 1, why: 'w', sources: [] }] },
        ],
      }],
    };
    assert.equal(winnerOf(d, { x: 'q' }, {}), 'a');
    const flips = flipPoints(d, { x: 'q' });
    assert.deepEqual(flips.map(key), ['x|s|1|b', 'x|null|1|b', 'x|q|0|b']);
    assert.equal(describeFlip(d, flips[0]), 'Bee would come first if your ex were Ess, tied on score and placed first by the matrix\u2019s column order.');
  });
});

describe('flip sentences', () => {
  const profile = { freshness: 'stable', gap: 'knowledge' };
  it('builds each sentence from the content\'s labels', () => {
    const text = flipPoints(data, profile).map((f) => describeFlip(data, f));
    assert.deepEqual(text, [
      'Fine-tuning would come first if your knowledge gap were Wrong behaviour.',
      "Fine-tuning would come first if knowledge gap did not matter (Doesn't matter).",
      'Fine-tuning would come first if you weighted knowledge gap 0.5 or less instead of 1.',
      'Fine-tuning would come first if your query volume were Very high (millions a day).',
      'Fine-tuning would come first if your ML engineering capacity were Strong.',
    ]);
  });

  it('lower-cases a title only when it is not an acronym', () => {
    assert.equal(criterionNoun(gap), 'knowledge gap');
    assert.equal(criterionNoun(ml), 'ML engineering capacity');
  });

  it('says a run of weights in words', () => {
    const options = [0, 0.5, 1, 1.5, 2, 2.5, 3];
    assert.equal(weightRange([2.5, 3], options), '2.5 or more');
    assert.equal(weightRange([0, 0.5], options), '0.5 or less');
    assert.equal(weightRange([2], options), '2');
    assert.equal(weightRange([1, 1.5, 2], options), 'between 1 and 2');
  });
});
