/**
 * Exact-match scores read straight from a fuse.js index. With no typo allowed, fuse.js matches a
 * field when it contains the query and scores it 0.001 (0 when the field is the query), raised to
 * the key's share of the weight times the field's length norm, multiplying over matched fields.
 * Computing that from the index's own values and norms skips fuse's per-field scan, which dominates
 * for short queries matching thousands of nodes. tests/unit/search/exact-scores.test.ts holds it to fuse.js.
 */
import type { FuseIndexObjectRecord, RecordEntryObject } from 'fuse.js/basic';
import { textSet } from './text-set.ts';

/** Document index -> the score fuse.js would give it, for every document with a matching field. */
export type ExactScores = Map<number, number>;

/** A scorer over index `records` whose keys, in order, carry `weights`. */
export function exactScorer(records: readonly FuseIndexObjectRecord[], weights: readonly number[]): (lowerPattern: string) => ExactScores {
  const total = weights.reduce((a, b) => a + b, 0);
  const texts: string[] = [];
  const owner: number[] = [];
  const exponent: number[] = [];
  for (const record of records) {
    weights.forEach((weight, key) => {
      const entry = record.$[key];
      if (!entry) return;
      const values: readonly RecordEntryObject[] = Array.isArray(entry) ? entry : [entry as RecordEntryObject];
      for (const { v, n } of values) {
        texts.push(v.toLowerCase());
        owner.push(record.i);
        exponent.push((weight / total) * n);
      }
    });
  }
  const containing = textSet(texts);
  return (pattern) => {
    const scores: ExactScores = new Map();
    for (const f of containing(pattern)) {
      const score = texts[f] === pattern ? Number.EPSILON : 0.001;
      scores.set(owner[f]!, (scores.get(owner[f]!) ?? 1) * score ** exponent[f]!);
    }
    return scores;
  };
}
