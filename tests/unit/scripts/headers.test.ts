import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { headersFor, parseHeaders } from '../../../scripts/lib/static-server.ts';

const REVALIDATE = 'public, max-age=0, must-revalidate';

describe('the framing and cache policy in public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  it('lets only the site frame its pages', () => {
    for (const path of ['/', '/approaches/rag/', '/about/', '/api/graph.json', '/embedded/']) {
      assert.deepEqual(
        headersFor(rules, path),
        { 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN', 'cache-control': REVALIDATE },
        path,
      );
    }
  });

  it('lets any site frame the embed routes, without X-Frame-Options', () => {
    assert.deepEqual(headersFor(rules, '/embed/node/rag/'), { 'content-security-policy': 'frame-ancestors *', 'cache-control': REVALIDATE });
  });

  it('keeps hashed bundles for a year and makes everything else revalidate', () => {
    assert.equal(headersFor(rules, '/_astro/graph-view.CB2x0a9f.js')['cache-control'], 'public, max-age=31536000, immutable');
    for (const path of ['/', '/embed.js', '/graph/layout.json', '/embed/graph/']) assert.equal(headersFor(rules, path)['cache-control'], REVALIDATE, path);
  });

  it('reads "! Name" as detaching a header set by an earlier rule', () => {
    const r = parseHeaders('/*\n  A: 1\n  B: 2\n/x/*\n  ! a\n');
    assert.deepEqual(headersFor(r, '/x/y'), { b: '2' });
    assert.deepEqual(headersFor(r, '/y'), { a: '1', b: '2' });
  });
});
