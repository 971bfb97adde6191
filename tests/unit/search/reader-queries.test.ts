import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexFromFolder } from '../../../scripts/lib/search-documents.ts';
import { measureQuality, memoryLoader, readerQueries } from '../../../scripts/lib/search-quality.ts';
import { namesWire, readNamesWire } from '../../../src/lib/search/body-index.ts';
import { createFullTextSearcher } from '../../../src/lib/search/full-text.ts';

const index = indexFromFolder('content');
// Through the wire format, as the browser reads it.
const searcher = createFullTextSearcher(readNamesWire(JSON.parse(JSON.stringify(namesWire(index.names))))!, memoryLoader(index));
const queries = readerQueries();

describe('the reader query set over the real content', () => {
  it('has at least 40 queries, each expecting nodes that exist', () => {
    assert.ok(queries.length >= 40, `${queries.length} queries`);
    const ids = new Set(index.names.docs.map((d) => d.id));
    assert.deepEqual(queries.flatMap((q) => q.expect.filter((id) => !ids.has(id)).map((id) => `${q.query}: ${id}`)), []);
  });

  it('finds a right node among the first three for at least 95% of queries, and the expected sections', async () => {
    const quality = await measureQuality(queries, async (query) =>
      (await searcher.search(query, 10, 0)).hits.map((h) => ({ id: h.doc.id, anchors: h.sections.map((s) => s.anchor) })));
    console.log(`hit at 3: ${(quality.hitAt3 * 100).toFixed(1)}%, MRR ${quality.mrr.toFixed(3)}${quality.misses.length ? `; missed: ${quality.misses.join('; ')}` : ''}`);
    assert.ok(quality.hitAt3 >= 0.95, `hit at 3 is ${(quality.hitAt3 * 100).toFixed(1)}%:\n${quality.misses.join('\n')}`);
    assert.deepEqual(quality.sectionMisses, []);
  });
});
