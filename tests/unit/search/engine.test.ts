import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentsFromFolder } from '../../../scripts/lib/search-documents.ts';
import type { Kind } from '../../../src/lib/content/kinds.ts';
import { best, cleanQuery, comparable, createSearcher, groupByKind, occurrences, segments } from '../../../src/lib/search/engine.ts';
import { pieces } from '../../../src/lib/search/candidates.ts';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import { MAX_QUERY_LENGTH, typoBudget } from '../../../src/lib/search/options.ts';

const docs = documentsFromFolder('content');
const searcher = createSearcher(docs);
const top = (query: string, n = 1) => searcher.search(query, n).hits.map((h) => h.doc.id);

/** A document for hand-made corpora. */
const doc = (id: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id, kind: 'techniques', title, aliases: [], headings: [], summary: `About ${title}.`, path: `techniques/${id}/`, ...extra,
});

describe('search over the real knowledge base', () => {
  for (const [query, id] of [
    ['air gapped', 'air-gapped-deployment'],
    ['ICD-10', 'medical-coding-icd10'],
    ['icd10', 'medical-coding-icd10'],
    ['context bloat', 'context-bloat'],
    ['catastrophic forgetting', 'catastrophic-forgetting'],
    ['fine-tuning', 'fine-tuning'],
    ['RAG', 'rag'],
    ['lora', 'lora'],
  ] as const) {
    it(`finds "${query}" first`, () => assert.equal(top(query)[0], id));
  }

  for (const [query, id] of [
    ['fine tunning', 'fine-tuning'],
    ['retreival', 'rag'],
    ['catastrophic forgeting', 'catastrophic-forgetting'],
    ['catastrophc forgetting', 'catastrophic-forgetting'],
    ['contxt bloat', 'context-bloat'],
    ['air gaped', 'air-gapped-deployment'],
    ['halucination', 'hallucination'],
    ['retrieval augmented generaton', 'rag'],
  ] as const) {
    it(`forgives the misspelling "${query}"`, () => assert.equal(top(query)[0], id));
  }

  it('ranks the node whose title is the query first, for every node', () => {
    const wrong: string[] = [];
    for (const d of docs) {
      if (d.title.length > MAX_QUERY_LENGTH) continue;
      const twins = docs.filter((o) => comparable(o.title) === comparable(d.title));
      if (twins.length > 1) continue;
      const first = searcher.search(d.title, 1).hits[0];
      if (first?.doc.id !== d.id) wrong.push(`${d.title} -> ${first?.doc.id}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('marks an exact title match and highlights the whole title', () => {
    const [hit] = searcher.search('Context bloat', 1).hits;
    assert.equal(hit!.exact, 'title');
    assert.deepEqual(hit!.title.ranges, [[0, 'Context bloat'.length - 1]]);
  });

  it('highlights the matched characters of a fuzzy match inside the text', () => {
    const hit = searcher.search('retreival').hits.find((h) => h.doc.id === 'retrieval-latency')!;
    const marked = segments(hit.title.text, hit.title.ranges).filter((s) => s.marked).map((s) => s.text).join('');
    assert.match(marked.toLowerCase(), /^retri?e?val/);
  });

  it('says which field matched when it is not the title', () => {
    const hit = searcher.search('ICD-10').hits[0]!;
    assert.equal(hit.detail?.field, 'aliases');
    assert.equal(hit.detail?.text, 'ICD-10');
  });

  it('counts every match while returning only as many hits as asked', () => {
    const all = searcher.search('fine');
    const few = searcher.search('fine', 3);
    assert.ok(all.total > 3);
    assert.equal(few.total, all.total);
    assert.equal(few.hits.length, 3);
    assert.deepEqual(few.hits.map((h) => h.doc.id), all.hits.slice(0, 3).map((h) => h.doc.id));
  });

  it('finds nothing for a query too short or empty', () => {
    assert.equal(searcher.search('').total, 0);
    assert.equal(searcher.search('  r ').total, 0);
  });
});

describe('queries are plain text', () => {
  const odd = createSearcher([
    doc('regex', 'Regex .* and [a-z]+ (groups)|alternation'),
    doc('markup', 'Escaping <img src=x onerror=alert(1)> in output'),
    doc('operators', "Fuse operators ^start !not 'exact =equal end$"),
    doc('plain', 'Plain words only'),
  ]);

  it('matches regex characters literally', () => {
    assert.deepEqual(odd.search('[a-z]+').hits.map((h) => h.doc.id), ['regex']);
    assert.deepEqual(odd.search('.*').hits.map((h) => h.doc.id), ['regex']);
    assert.deepEqual(odd.search('(groups)|alt').hits.map((h) => h.doc.id), ['regex']);
  });

  it('matches markup as characters and reports them as text', () => {
    const [hit] = odd.search('<img src=x onerror=alert(1)>').hits;
    assert.equal(hit!.doc.id, 'markup');
    const marked = segments(hit!.title.text, hit!.title.ranges).filter((s) => s.marked).map((s) => s.text).join('');
    assert.equal(marked, '<img src=x onerror=alert(1)>');
  });

  it('does not read fuse.js extended-search operators', () => {
    // Extended search would read "!not" as "does not contain not" and match every other document.
    assert.deepEqual(odd.search('!not').hits.map((h) => h.doc.id), ['operators']);
    assert.deepEqual(odd.search("'exact").hits.map((h) => h.doc.id), ['operators']);
    assert.deepEqual(odd.search('end$').hits.map((h) => h.doc.id), ['operators']);
  });
});

describe('narrowing from remembered queries', () => {
  /** A corpus of few distinct words, as the synthetic one: most queries match many documents. */
  function smallVocabulary(n: number): SearchDocument[] {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = 'retrieval tuning context latency index vector adapter corpus token budget freshness drift recall'.split(' ');
    const pick = (k: number) => Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const kinds: Kind[] = ['techniques', 'pitfalls', 'tools'];
    return Array.from({ length: n }, (_, i) =>
      doc(`d${i}`, `${pick(3)} d${i}`, { kind: kinds[i % 3]!, aliases: rand() < 0.3 ? [pick(2)] : [], headings: [pick(3)], summary: `${pick(10)}.` }),
    );
  }

  /** What a reader types: each query letter by letter, a few backspaces, an edit in the middle. */
  const typing = ['fine tunning', 'retreival latency', 'context bloat', 'vector index'].flatMap((q) => {
    const steps = Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2));
    return [...steps, q.slice(0, -2), q.slice(0, -3), `x${q}`, q.replace(' ', '  ')];
  });

  for (const [name, corpus] of [['the real content', docs], ['a small-vocabulary corpus', smallVocabulary(400)]] as const) {
    it(`gives the same results as a fresh search, on ${name}`, () => {
      const reused = createSearcher(corpus);
      for (const q of typing) {
        const fresh = createSearcher(corpus).search(q);
        const got = reused.search(q);
        assert.equal(got.total, fresh.total, `total for "${q}"`);
        assert.deepEqual(got.hits.map((h) => [h.doc.id, h.score.toFixed(9)]), fresh.hits.map((h) => [h.doc.id, h.score.toFixed(9)]), `hits for "${q}"`);
      }
    });
  }
});

describe('helpers', () => {
  it('cleans a query: control characters and whitespace runs become one space, trimmed and capped', () => {
    assert.equal(cleanQuery('  fine\t\n tuning\u0000x  '), 'fine tuning x');
    assert.equal(cleanQuery('a'.repeat(200)).length, MAX_QUERY_LENGTH);
  });

  it('allows no typo below 5 characters, one below 9, then two', () => {
    assert.deepEqual([2, 4, 5, 8, 9, 30].map(typoBudget), [0, 0, 1, 1, 2, 2]);
  });

  it('compares ignoring case, accents and punctuation', () => {
    assert.equal(comparable('Fine-Tuning'), comparable('fine tuning'));
    assert.equal(comparable('Café, ICD-10!'), 'cafe icd 10');
  });

  it('finds every occurrence regardless of case', () => {
    assert.deepEqual(occurrences('RAG or rag, Rag', 'rag'), [[0, 2], [7, 9], [12, 14]]);
  });

  it('splits text into marked and plain runs, tidying bad ranges', () => {
    assert.deepEqual(segments('abcdef', [[4, 9], [0, 1], [1, 2], [-3, -1]]), [
      { text: 'abc', marked: true },
      { text: 'd', marked: false },
      { text: 'ef', marked: true },
    ]);
    assert.deepEqual(segments('abc', []), [{ text: 'abc', marked: false }]);
  });

  it('groups hits by kind in the order of each kind\'s best hit', () => {
    const hits = searcher.search('retrieval', 12).hits;
    const groups = groupByKind(hits);
    assert.equal(groups[0]!.kind, hits[0]!.doc.kind);
    assert.equal(groups.reduce((n, g) => n + g.hits.length, 0), hits.length);
    assert.equal(new Set(groups.map((g) => g.kind)).size, groups.length);
  });
});

describe('pieces', () => {
  it('cuts a pattern into near-equal pieces that cover it', () => {
    assert.deepEqual(pieces('fine tun', 3), ['fi', 'ne ', 'tun']);
    assert.deepEqual(pieces('abcd', 2), ['ab', 'cd']);
    assert.equal(pieces('abc', 2), undefined);
    assert.deepEqual(pieces('abc', 1), ['abc']);
  });
});

describe('best', () => {
  it('returns the first n in order, as a full sort would', () => {
    const items = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4];
    const byValue = (a: number, b: number) => a - b;
    for (const n of [0, 1, 3, 9, 10, 20]) assert.deepEqual(best(items, n, byValue), [...items].sort(byValue).slice(0, n));
  });
});
