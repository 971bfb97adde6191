/**
 * Flip points score their variants without calling `rank` (for speed in the browser): over the real
 * knowledge base and seeded random answers and weights, every flip's winner and scores are exactly
 * what `rank` gives under the change, and every answer or weight that flips is reported.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { decisionDataFrom } from '../../../src/lib/decision/input.ts';
import { flipPoints, rank, weightOptions, type Profile, type Weights } from '../../../src/lib/decision/model.ts';
import { seededRandom } from '../../../src/lib/shared/random.ts';

const { nodes } = validateNodes(readContent(resolve('content')).nodes);
const data = decisionDataFrom(nodes);
const random = seededRandom(12);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

/** Seeded random readers: each criterion answered or not, some weights moved off their default. */
const readers: [Profile, Weights][] = Array.from({ length: 40 }, () => {
  const profile: Record<string, string> = {};
  const weights: Record<string, number> = {};
  for (const c of data.criteria) {
    if (random() < 0.5) profile[c.id] = pick(c.levels).id;
    if (random() < 0.2) weights[c.id] = pick(weightOptions(c));
  }
  return [profile, weights];
});

const changed = (p: Profile, w: Weights, criterion: string, level: string | null, weight: number) => {
  const profile: Record<string, string> = { ...p };
  if (level === null) delete profile[criterion];
  else profile[criterion] = level;
  return rank(data, profile, { ...w, [criterion]: weight });
};

describe('flipPoints on the real content', () => {
  it('gives each flip the winner and scores rank gives under the change', () => {
    let checked = 0;
    for (const [p, w] of readers) {
      const before = rank(data, p, w)[0]!.approach.id;
      for (const f of flipPoints(data, p, w)) {
        for (const weight of f.weights) {
          const after = changed(p, w, f.criterion, f.level, weight);
          assert.equal(after[0]!.approach.id, f.winner);
          assert.notEqual(f.winner, before);
        }
        const first = changed(p, w, f.criterion, f.level, f.weights[0]!);
        assert.equal(f.score, first[0]!.score);
        assert.equal(f.runnerUpScore, first[1]!.score);
        checked++;
      }
    }
    assert.ok(checked > 100, `checked ${checked} flips`);
  });

  it('reports every single answer or weight that flips the winner', () => {
    for (const [p, w] of readers) {
      const before = rank(data, p, w)[0]!.approach.id;
      const flips = flipPoints(data, p, w);
      for (const c of data.criteria) {
        for (const level of [...c.levels.map((l) => l.id), null]) {
          for (const weight of weightOptions(c)) {
            if (changed(p, w, c.id, level, weight)[0]!.approach.id === before) continue;
            const covered = flips.some((f) => f.criterion === c.id && f.level === level && (f.weights.includes(weight) || !f.changesWeight));
            assert.ok(covered, `${c.id}=${level} at ${weight} flips but is not reported`);
          }
        }
      }
    }
  });
});
