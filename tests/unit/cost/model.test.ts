import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakEvenQueriesPerDay, costSeries, crossovers, monthlyRunCost, retrainings, type CostInputs, type CostPoint } from '../../../src/lib/cost/model.ts';
import { COST_FIELDS, DEFAULT_COST_INPUTS, parseCostInputs, serialiseCostInputs } from '../../../src/lib/cost/url-state.ts';

/** 1,000 queries a day of 15 + 485 tokens at $2 per million: $30 of tokens a month, plus $100 of retrieval. */
const small: CostInputs = {
  queriesPerDay: 1000,
  basePromptTokens: 15,
  contextTokens: 485,
  pricePerMillion: 2,
  retrievalPerMonth: 100,
  upfrontFineTuning: 1000,
  retrainEveryMonths: 0,
  retrainCost: 0,
  tunedPricePerMillion: 2,
  hybridRetrievalShare: 0.5,
  hybridRetrainEveryMonths: 0,
  horizonMonths: 12,
};
const near = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} is not ${b}`);

describe('cost model', () => {
  it('prices a month of each line by hand', () => {
    const run = monthlyRunCost(small);
    // RAG: 1000 x 30 x 500 tokens = 15M tokens x $2 = $30, + $100.
    near(run.rag, 130);
    // Fine-tuning: 1000 x 30 x 15 = 450k tokens x $2 = $0.90.
    near(run.fineTuning, 0.9);
    // Hybrid: 1000 x 30 x (15 + 0.5 x 485) = 7.725M tokens x $2 = $15.45, + $100.
    near(run.hybrid, 115.45);
  });

  it('accumulates month by month from the upfront cost', () => {
    const s = costSeries(small);
    assert.equal(s.length, 13);
    assert.deepEqual(s[0], { month: 0, rag: 0, fineTuning: 1000, hybrid: 1000 });
    assert.deepEqual(s[7], { month: 7, rag: 910, fineTuning: 1006.3, hybrid: 1808.15 });
    assert.deepEqual(s[12], { month: 12, rag: 1560, fineTuning: 1010.8, hybrid: 2385.4 });
  });

  it('finds the crossover month: 129.1 m = 1000 puts it 74.6% into month 8', () => {
    const found = crossovers(costSeries(small));
    assert.equal(found.length, 1);
    const [c] = found;
    assert.equal(c.from, 'rag');
    assert.equal(c.to, 'fineTuning');
    assert.equal(c.month, 8);
    near(c.at, 7 + 96.3 / 129.1);
    near(c.cost, 910 + 130 * (96.3 / 129.1), 0.01);
  });

  it('adds a retraining every k months and finds every crossing it causes', () => {
    const i = { ...small, upfrontFineTuning: 0, retrainEveryMonths: 2, retrainCost: 300, horizonMonths: 4 };
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((m) => retrainings(m, 2)), [0, 0, 1, 1, 2, 2]);
    assert.equal(retrainings(10, 0), 0);
    const s = costSeries(i);
    assert.deepEqual(s.map((p) => p.fineTuning), [0, 0.9, 301.8, 302.7, 603.6]);
    const ragVsFt = crossovers(s).filter((c) => [c.from, c.to].sort().join() === 'fineTuning,rag');
    // Differences RAG - FT by month: 0, 129.1, -41.8, 87.3, -83.6.
    assert.deepEqual(ragVsFt.map((c) => [c.from, c.to, c.month]), [['fineTuning', 'rag', 2], ['rag', 'fineTuning', 3], ['fineTuning', 'rag', 4]]);
    near(ragVsFt[0].at, 1 + 129.1 / 170.9);
    near(ragVsFt[1].at, 2 + 41.8 / 129.1);
    near(ragVsFt[2].at, 3 + 87.3 / 170.9);
  });

  it('places a crossing at the first of several equal months, and ignores a touch', () => {
    const p = (month: number, rag: number, fineTuning: number): CostPoint => ({ month, rag, fineTuning, hybrid: 1e9 + month });
    const crossing = crossovers([p(0, 0, 10), p(1, 10, 10), p(2, 15, 15), p(3, 20, 16)]).filter((c) => c.to === 'fineTuning');
    assert.deepEqual(crossing.map((c) => [c.from, c.at, c.month, c.cost]), [['rag', 1, 3, 10]]);
    assert.deepEqual(crossovers([p(0, 0, 10), p(1, 10, 10), p(2, 15, 20)]).filter((c) => c.to === 'fineTuning' || c.from === 'fineTuning'), []);
  });

  it('finds no crossing when fine-tuning never catches up within the horizon', () => {
    const i = { ...small, retrievalPerMonth: 50 };
    assert.deepEqual(crossovers(costSeries(i)).filter((c) => c.to === 'fineTuning'), []);
  });

  it('solves the break-even volume: RAG and fine-tuning cost the same at the horizon', () => {
    const i = { ...small, retrievalPerMonth: 50 };
    // Saving per daily query over 12 months: (0.001 - 0.00003) x 30 x 12 = 0.3492; fixed: 1000 - 50 x 12 = 400.
    const q = breakEvenQueriesPerDay(i)!;
    near(q, 400 / 0.3492);
    const at = costSeries({ ...i, queriesPerDay: q }).at(-1)!;
    near(at.rag, at.fineTuning, 0.01);
    assert.equal(breakEvenQueriesPerDay({ ...i, tunedPricePerMillion: 100 }), null);
    assert.equal(breakEvenQueriesPerDay({ ...i, retrievalPerMonth: 1000 }), 0);
  });

  it('shows the article\'s two cases: 500 employees stays with RAG, millions a day crosses early', () => {
    const employees = crossovers(costSeries({ ...DEFAULT_COST_INPUTS, queriesPerDay: 10_000 })).filter((c) => c.to === 'fineTuning' && c.from === 'rag');
    assert.deepEqual(employees, []);
    const millions = crossovers(costSeries(DEFAULT_COST_INPUTS)).filter((c) => c.to === 'fineTuning' && c.from === 'rag');
    assert.equal(millions[0].month, 1);
  });
});

describe('cost inputs in the URL', () => {
  it('writes nothing for the defaults and only the changed values otherwise, round-tripping exactly', () => {
    assert.equal(serialiseCostInputs(DEFAULT_COST_INPUTS), '');
    const changed = { ...DEFAULT_COST_INPUTS, queriesPerDay: 10_000, pricePerMillion: 0.15, hybridRetrievalShare: 0.25 };
    const q = serialiseCostInputs(changed);
    assert.equal(q, 'q=10000&price=0.15&share=0.25');
    const back = parseCostInputs(q);
    assert.deepEqual(back, { inputs: changed, notices: [] });
    assert.equal(serialiseCostInputs(back.inputs), q);
  });

  it('keeps the default, with a notice, for every value out of range, fractional where whole, or not a number', () => {
    const bad = ['q=-5', 'q=1.5', 'q=abc', 'q=1e6', 'share=2', 'months=0', 'months=121', 'price=', 'price=Infinity', 'every=%20%203', `q=${'9'.repeat(5000)}`];
    for (const query of bad) {
      const { inputs, notices } = parseCostInputs(query);
      assert.deepEqual(inputs, DEFAULT_COST_INPUTS, query);
      assert.equal(notices.length, 1, query);
    }
    const mixed = parseCostInputs('q=20&q=30&zzz=1&months=36');
    assert.equal(mixed.inputs.queriesPerDay, 20);
    assert.equal(mixed.inputs.horizonMonths, 36);
    assert.equal(mixed.notices.length, 2);
  });

  it('describes every field with a unique parameter and a default inside its range', () => {
    assert.equal(new Set(COST_FIELDS.map((f) => f.param)).size, COST_FIELDS.length);
    for (const f of COST_FIELDS) assert.ok(f.default >= f.min && f.default <= f.max, f.key);
  });
});

describe('cost summary in words', async () => {
  const { costSummary, crossoverSentence } = await import('../../../src/lib/cost/text.ts');
  it('names the crossover month, the totals at the horizon and the break-even volume', () => {
    const s = costSeries(small);
    const c = crossovers(s);
    assert.equal(crossoverSentence(c[0]), 'Fine-tuning becomes cheaper than RAG in month 8 (the lines meet at about $1,007).');
    assert.deepEqual(costSummary(small, s, c), [
      'Fine-tuning becomes cheaper than RAG in month 8 (the lines meet at about $1,007).',
      'After 12 months: RAG $1,560, fine-tuning $1,011, hybrid $2,385.',
      'At these prices fine-tuning is cheaper than RAG by month 12 at any volume.',
    ]);
    const slow = { ...small, retrievalPerMonth: 50 };
    const s2 = costSeries(slow);
    assert.deepEqual(costSummary(slow, s2, crossovers(s2)), [
      'The RAG and fine-tuning lines do not cross within 12 months: RAG stays cheaper throughout.',
      'After 12 months: RAG $960, fine-tuning $1,011, hybrid $1,785.',
      'Break-even volume: fine-tuning costs less than RAG by month 12 above about 1,146 queries a day.',
    ]);
  });
});
