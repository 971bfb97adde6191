import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js/basic';
import { documentsFromFolder } from '../../../scripts/lib/search-documents.ts';
import { holdsNear, nearCandidates } from '../../../src/lib/search/candidates.ts';
import { nameOptions, typoBudget } from '../../../src/lib/search/options.ts';
import { textSet } from '../../../src/lib/search/text-set.ts';

/** The fewest edits turning `pattern` into some run of `text` (the classic table, slow and plain). */
function nearestRun(pattern: string, text: string): number {
  let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = row[pattern.length]!;
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) next.push(Math.min(row[i]! + 1, next[i - 1]! + 1, row[i - 1]! + (pattern[i - 1] === c ? 0 : 1)));
    row = next;
    best = Math.min(best, row[pattern.length]!);
  }
  return best;
}

describe('typo candidates', () => {
  it('tell a text holding a pattern within the typo budget from one that does not, as the edit table does', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => 'abcde '[Math.floor(rand() * 6)]).join('');
    for (let t = 0; t < 2000; t++) {
      const pattern = word(1 + Math.floor(rand() * 12));
      const text = word(Math.floor(rand() * 40));
      for (const budget of [0, 1, 2]) {
        assert.equal(holdsNear(pattern, budget)(text), nearestRun(pattern, text) <= budget, `"${pattern}" in "${text}" within ${budget}`);
      }
    }
    assert.equal(holdsNear('x'.repeat(32), 0)('y' + 'x'.repeat(32)), true);
  });

  it('never leave out a document fuse.js matches', () => {
    const docs = documentsFromFolder('content');
    const texts = docs.map((d) => [d.title, ...d.aliases, ...d.headings].join('\n').toLowerCase());
    const containing = textSet(texts);
    for (const query of ['fine tunning', 'retreival', 'halucination', 'contxt', 'vector indx', 'laten', 'catastrofic forgeting', 'evalution']) {
      const budget = typoBudget(query.length);
      const fuse = new Fuse(docs, nameOptions(query.length)).search(query).map((r) => r.refIndex).sort((a, b) => a - b);
      const holds = holdsNear(query, budget);
      const kept = (nearCandidates(query, budget, docs.length, containing) ?? docs.map((_, i) => i)).filter((i) => holds(texts[i]!));
      for (const i of fuse) assert.ok(kept.includes(i), `"${query}" keeps ${docs[i]!.id}`);
    }
  });
});
