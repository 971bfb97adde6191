import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse, { type FuseIndexObjectRecord } from 'fuse.js/basic';
import { documentsFromFolder } from '../../../scripts/lib/search-documents.ts';
import { exactScorer } from '../../../src/lib/search/exact-scores.ts';
import { NAME_KEYS, nameOptions, summaryOptions } from '../../../src/lib/search/options.ts';
import { textSet } from '../../../src/lib/search/text-set.ts';

const docs = documentsFromFolder('content');
// Short patterns (no typo allowed), words, punctuation, a whole alias and a whole title.
const patterns = ['re', 'ra', 'rag', 'ai', 'fi', 'lo', 'tun', 'icd', '-1', 'ng ', 'retrieval', 'ICD-10', 'context bloat', 'zzz', 'Fine-tuning'];

/** Fuse's own scores with the options search uses when no typo is allowed. */
function fuseScores(keys: 'names' | 'summary', pattern: string): Map<number, number> {
  const options = keys === 'names' ? nameOptions(2) : summaryOptions(pattern.length);
  // The threshold that allows no typo, whatever the length.
  const fuse = new Fuse(docs, { ...options, threshold: 0.5 / pattern.length });
  return new Map(fuse.search(pattern).map((r) => [r.refIndex, r.score!]));
}

describe('exactScorer', () => {
  const names = exactScorer(Fuse.createIndex(NAME_KEYS.map((k) => ({ ...k })), docs).toJSON().records as FuseIndexObjectRecord[], NAME_KEYS.map((k) => k.weight));
  const summaries = exactScorer(Fuse.createIndex([{ name: 'summary' }], docs).toJSON().records as FuseIndexObjectRecord[], [1]);

  for (const [label, scorer, keys] of [['names', names, 'names'], ['summaries', summaries, 'summary']] as const) {
    it(`gives the documents and scores fuse.js gives, for ${label}`, () => {
      for (const pattern of patterns) {
        const expected = fuseScores(keys, pattern);
        const got = scorer(pattern.toLowerCase());
        assert.deepEqual([...got.keys()].sort((a, b) => a - b), [...expected.keys()].sort((a, b) => a - b), `documents for "${pattern}"`);
        for (const [i, score] of expected) assert.ok(Math.abs(got.get(i)! - score) <= 1e-12 * Math.max(1, score), `score of ${docs[i]!.id} for "${pattern}": ${got.get(i)} vs ${score}`);
      }
    });
  }
});

describe('textSet', () => {
  it('finds which texts contain a pattern, each once, in order', () => {
    const containing = textSet(['alpha beta', 'gamma', 'beta beta', '']);
    assert.deepEqual(containing('beta'), [0, 2]);
    assert.deepEqual(containing('a\u0001g'), []);
    assert.deepEqual(containing('zzz'), []);
    assert.deepEqual(containing(''), []);
  });
});
