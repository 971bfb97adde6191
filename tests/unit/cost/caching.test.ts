/**
 * Prompt caching in the cost model: a stable share of every prompt billed at the cached-token price.
 * Without caching the model must give exactly the figures it gave before caching existed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakEvenQueriesPerDay, cacheFactor, costSeries, crossovers, monthlyRunCost, retrainings, type CostInputs, type CostLine } from '../../../src/lib/cost/model.ts';
import { DEFAULT_COST_INPUTS, parseCostInputs, serialiseCostInputs } from '../../../src/lib/cost/url-state.ts';
import { cachingSummary, costSummary } from '../../../src/lib/cost/text.ts';

const near = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} is not ${b}`);

/** 1,000 queries a day of 15 + 485 tokens at $2 per million: $30 of tokens a month, plus $100 of retrieval. */
const small: CostInputs = {
  ...DEFAULT_COST_INPUTS,
  queriesPerDay: 1000, basePromptTokens: 15, contextTokens: 485, pricePerMillion: 2, retrievalPerMonth: 100,
  upfrontFineTuning: 1000, retrainEveryMonths: 0, retrainCost: 0, tunedPricePerMillion: 2, hybridRetrievalShare: 0.5,
  hybridRetrainEveryMonths: 0, horizonMonths: 12,
};
const cached = { ...small, cachedPromptShare: 0.5, cachedPriceFraction: 0.1 };

/** The running costs and break-even volume as they were computed before caching existed, kept as the reference. */
const before = {
  run(i: CostInputs): Record<CostLine, number> {
    const queries = i.queriesPerDay * 30;
    return {
      rag: (queries * (i.basePromptTokens + i.contextTokens) * i.pricePerMillion) / 1_000_000 + i.retrievalPerMonth,
      fineTuning: (queries * i.basePromptTokens * i.tunedPricePerMillion) / 1_000_000,
      hybrid: (queries * (i.basePromptTokens + i.hybridRetrievalShare * i.contextTokens) * i.tunedPricePerMillion) / 1_000_000 + i.retrievalPerMonth,
    };
  },
  breakEven(i: CostInputs): number | null {
    const perQueryRag = ((i.basePromptTokens + i.contextTokens) * i.pricePerMillion) / 1_000_000;
    const perQueryTuned = (i.basePromptTokens * i.tunedPricePerMillion) / 1_000_000;
    const saving = (perQueryRag - perQueryTuned) * 30 * i.horizonMonths;
    if (saving <= 0) return null;
    const fixed = i.upfrontFineTuning + retrainings(i.horizonMonths, i.retrainEveryMonths) * i.retrainCost - i.retrievalPerMonth * i.horizonMonths;
    return Math.max(0, fixed / saving);
  },
};

/** A spread of inputs, awkward fractions included, from a fixed seed so a failure reproduces. */
function inputsGrid(): CostInputs[] {
  let seed = 14;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: CostInputs[] = [DEFAULT_COST_INPUTS, { ...DEFAULT_COST_INPUTS, queriesPerDay: 10_000 }, small];
  for (let n = 0; n < 60; n++) {
    out.push({
      ...DEFAULT_COST_INPUTS,
      queriesPerDay: Math.floor(rand() * 3_000_000),
      basePromptTokens: 1 + Math.floor(rand() * 3000),
      contextTokens: Math.floor(rand() * 8000),
      pricePerMillion: Math.round(rand() * 3000) / 100,
      retrievalPerMonth: Math.round(rand() * 5000),
      upfrontFineTuning: Math.round(rand() * 200_000),
      retrainEveryMonths: Math.floor(rand() * 13),
      retrainCost: Math.round(rand() * 20_000),
      tunedPricePerMillion: Math.round(rand() * 3000) / 100,
      hybridRetrievalShare: Math.round(rand() * 20) / 20,
      hybridRetrainEveryMonths: Math.floor(rand() * 25),
      horizonMonths: 1 + Math.floor(rand() * 60),
      cachedPriceFraction: Math.round(rand() * 100) / 100,
    });
  }
  return out;
}

describe('prompt caching in the cost model', () => {
  it('without caching gives exactly the figures of the model before caching, series, crossings and break-even alike', () => {
    for (const base of inputsGrid()) {
      // Caching is off when no share is cached, whatever the price; or when cached tokens cost full price.
      for (const off of [{ ...base, cachedPromptShare: 0 }, { ...base, cachedPromptShare: 0.7, cachedPriceFraction: 1 }]) {
        assert.equal(cacheFactor(off), 1);
        assert.deepEqual(monthlyRunCost(off), before.run(base));
        assert.equal(breakEvenQueriesPerDay(off), before.breakEven(base));
        assert.deepEqual(costSeries(off), costSeries({ ...base, cachedPromptShare: 0 }));
      }
    }
  });

  it('keeps today\'s published default figures, which leave caching off', () => {
    assert.equal(DEFAULT_COST_INPUTS.cachedPromptShare, 0);
    const s = costSeries(DEFAULT_COST_INPUTS);
    assert.deepEqual(s.at(-1), { month: 24, rag: 924_000, fineTuning: 105_500, hybrid: 754_250 });
    assert.deepEqual(crossovers(s).map((c) => [c.from, c.to, c.month, c.cost]), [['rag', 'fineTuning', 1, 26_146.01], ['rag', 'hybrid', 3, 112_820.51]]);
    assert.equal(breakEvenQueriesPerDay(DEFAULT_COST_INPUTS), 47_702.1524141943);
    assert.deepEqual(cachingSummary(DEFAULT_COST_INPUTS), []);
  });

  it('bills the cached share at the cached price, on every line, by hand', () => {
    // Half the tokens at a tenth of the price: each token costs 0.5 + 0.5 x 0.1 = 0.55 of full price.
    near(cacheFactor(cached), 0.55);
    const run = monthlyRunCost(cached);
    near(run.rag, 30 * 0.55 + 100);
    near(run.fineTuning, 0.9 * 0.55);
    near(run.hybrid, 15.45 * 0.55 + 100);
    // Everything cached and free leaves only the retrieval infrastructure.
    const free = monthlyRunCost({ ...small, cachedPromptShare: 1, cachedPriceFraction: 0 });
    assert.deepEqual(free, { rag: 100, fineTuning: 0, hybrid: 100 });
  });

  it('moves the crossover later: RAG\'s cheaper tokens take longer to overtake', () => {
    const plain = crossovers(costSeries(small)).find((c) => c.from === 'rag' && c.to === 'fineTuning')!;
    const withCache = crossovers(costSeries(cached)).find((c) => c.from === 'rag' && c.to === 'fineTuning')!;
    assert.equal(plain.month, 8);
    // 1000 / (116.5 - 0.495) = 8.62 months.
    assert.equal(withCache.month, 9);
    near(withCache.at, 8 + (1000 - 8 * 116.005) / 116.005, 1e-3);
  });

  it('raises the break-even volume by the inverse of the token discount', () => {
    const slow = { ...cached, retrievalPerMonth: 50 };
    // Saving per daily query over 12 months: (0.001 - 0.00003) x 0.55 x 30 x 12; fixed: 1000 - 50 x 12 = 400.
    const q = breakEvenQueriesPerDay(slow)!;
    near(q, 400 / (0.00097 * 0.55 * 360), 1e-6);
    near(q, breakEvenQueriesPerDay({ ...slow, cachedPromptShare: 0 })! / 0.55, 1e-6);
    const at = costSeries({ ...slow, queriesPerDay: q }).at(-1)!;
    near(at.rag, at.fineTuning, 0.01);
  });

  it('says what caching changed, and warns when the prompts are under OpenAI\'s caching minimum', () => {
    const slow = { ...cached, retrievalPerMonth: 50 };
    assert.deepEqual(cachingSummary(slow), [
      'Prompt caching: with 50% of each prompt billed at 10% of the input price, every line\'s input-token bill is 45% lower; without caching, the break-even volume would be about 1,146 queries a day.',
      'Check your vendor\'s minimum: OpenAI caches only prompts of 1,024 tokens or more, and these prompts are shorter (RAG 500, fine-tuning 15 tokens), so OpenAI would not cache them at all.',
    ]);
    const long = { ...slow, basePromptTokens: 2000 };
    assert.equal(cachingSummary(long).length, 1);
    const summary = costSummary(slow, costSeries(slow), crossovers(costSeries(slow)));
    assert.deepEqual(summary.slice(-2), cachingSummary(slow));
  });
});

describe('prompt caching in the URL', () => {
  it('writes the two caching inputs only when changed, and reads them back exactly', () => {
    const changed = { ...DEFAULT_COST_INPUTS, cachedPromptShare: 0.35, cachedPriceFraction: 0.5 };
    const q = serialiseCostInputs(changed);
    assert.equal(q, 'cache=0.35&cprice=0.5');
    assert.deepEqual(parseCostInputs(q), { inputs: changed, notices: [] });
  });

  it('keeps the defaults, with a notice each, for shares and prices outside 0 to 1 or not numbers', () => {
    for (const query of ['cache=1.01', 'cache=-0.2', 'cache=NaN', 'cache=%3Cb%3E', 'cprice=2', 'cprice=0x1', 'cprice=1e-1']) {
      const { inputs, notices } = parseCostInputs(query);
      assert.deepEqual(inputs, DEFAULT_COST_INPUTS, query);
      assert.equal(notices.length, 1, query);
      assert.match(notices[0].reason, /^prompt caching: .* must be a number from 0 to 1$/, query);
    }
  });
});
