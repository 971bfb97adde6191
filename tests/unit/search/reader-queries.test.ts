import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexFromFolder } from '../../../scripts/lib/search-documents.ts';
import { measureQuality, memoryLoader, readerQueries } from '../../../scripts/lib/search-quality.ts';
import { headWire, readHead, type BodyIndex } from '../../../src/lib/search/body-index.ts';
import { createFullTextSearcher } from '../../../src/lib/search/full-text.ts';

const index = indexFromFolder('content');
// Through the wire format, as the browser reads it.
const searcherOf = (i: BodyIndex) => createFullTextSearcher(readHead(JSON.parse(JSON.stringify(headWire(i.head))))!, memoryLoader(i));
const searcher = searcherOf(index);
const queries = readerQueries();

describe('the reader query set over the real content', () => {
  it('has at least 40 queries, each expecting nodes that exist', () => {
    assert.ok(queries.length >= 40, `${queries.length} queries`);
    const ids = new Set(index.docs.map((d) => d.id));
    assert.deepEqual(queries.flatMap((q) => q.expect.filter((id) => !ids.has(id)).map((id) => `${q.query}: ${id}`)), []);
  });

  // Once documents are too many to travel whole, names come with the shards of a query's words;
  // the real content indexed that way must rank as well.
  for (const [label, of] of [['', index], [' with names in shards, as a large knowledge base sends them', indexFromFolder('content', { wholeNames: 0 })]] as const) {
    it(`finds a right node among the first three for at least 95% of queries, and the expected sections${label}`, async () => {
      const s = of === index ? searcher : searcherOf(of);
      const quality = await measureQuality(queries, async (query) =>
        (await s.search(query, 10, 0)).hits.map((h) => ({ id: h.doc.id, anchors: h.sections.map((x) => x.anchor) })));
      console.log(`hit at 3${label}: ${(quality.hitAt3 * 100).toFixed(1)}%, MRR ${quality.mrr.toFixed(3)}${quality.misses.length ? `; missed: ${quality.misses.join('; ')}` : ''}`);
      assert.ok(quality.hitAt3 >= 0.95, `hit at 3 is ${(quality.hitAt3 * 100).toFixed(1)}%:\n${quality.misses.join('\n')}`);
      assert.deepEqual(quality.sectionMisses, []);
    });
  }
});
