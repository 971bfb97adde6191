import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { headersFor, parseHeaders } from '../../../scripts/lib/static-server.ts';

describe('the framing policy in public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  it('lets only the site frame its pages', () => {
    for (const path of ['/', '/approaches/rag/', '/about/', '/api/graph.json', '/embedded/']) {
      assert.deepEqual(headersFor(rules, path), { 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' }, path);
    }
  });

  it('lets any site frame the embed routes, without X-Frame-Options', () => {
    assert.deepEqual(headersFor(rules, '/embed/node/rag/'), { 'content-security-policy': 'frame-ancestors *' });
  });

  it('reads "! Name" as detaching a header set by an earlier rule', () => {
    const r = parseHeaders('/*\n  A: 1\n  B: 2\n/x/*\n  ! a\n');
    assert.deepEqual(headersFor(r, '/x/y'), { b: '2' });
    assert.deepEqual(headersFor(r, '/y'), { a: '1', b: '2' });
  });
});
