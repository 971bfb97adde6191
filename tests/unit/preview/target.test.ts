import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewPath, previewTarget } from '../../../src/lib/preview/target.ts';

const PAGE = 'https://example.org/docs/approaches/rag/';
const at = (href: string, page = PAGE, base = '/docs/') => previewTarget(href, page, base);

describe('previewTarget', () => {
  it('finds the node of a link to a node page, absolute or relative, with or without its trailing slash', () => {
    assert.deepEqual(at('/docs/pitfalls/catastrophic-forgetting/'), { kind: 'pitfalls', id: 'catastrophic-forgetting' });
    assert.deepEqual(at('../../use-cases/news-bot/'), { kind: 'use-cases', id: 'news-bot' });
    assert.deepEqual(at('https://example.org/docs/sources/paper-1/#x'), { kind: 'sources', id: 'paper-1' });
    assert.deepEqual(at('/docs/tools/chroma'), { kind: 'tools', id: 'chroma' });
    assert.deepEqual(at('/use-cases/news-bot/?u=1', 'http://localhost:4321/', '/'), { kind: 'use-cases', id: 'news-bot' });
  });

  it('ignores the page the reader is on, and links within it', () => {
    assert.equal(at('/docs/approaches/rag/'), undefined);
    assert.equal(at('#relations-heading'), undefined);
  });

  it('ignores other origins, other schemes and paths outside the base', () => {
    assert.equal(at('https://evil.example/docs/approaches/hybrid/'), undefined);
    assert.equal(at('http://example.org/docs/approaches/hybrid/'), undefined);
    assert.equal(at('javascript:alert(1)'), undefined);
    assert.equal(at('/approaches/hybrid/'), undefined);
  });

  it('ignores pages that are not a node\'s: kind indexes, views, embeds, deeper paths, unknown kinds, odd ids', () => {
    for (const href of ['/docs/approaches/', '/docs/graph/', '/docs/embed/node/rag/', '/docs/graph/local/rag.json', '/docs/approaches/hybrid/more/', '/docs/widgets/x/', '/docs/approaches/Hybrid/', '/docs/approaches/%3Cb%3E/', '/docs/approaches/a--b/']) {
      assert.equal(at(href), undefined, href);
    }
  });

  it('survives an unparseable address', () => {
    assert.equal(at('http://[::1'), undefined);
    assert.equal(previewTarget('/docs/approaches/hybrid/', 'not a url', '/docs/'), undefined);
  });

  it('accepts a base written without its trailing slash', () => {
    assert.deepEqual(at('/docs/approaches/hybrid/', PAGE, '/docs'), { kind: 'approaches', id: 'hybrid' });
  });
});

describe('previewPath', () => {
  it('is one JSON file per node under preview/', () => {
    assert.equal(previewPath('rag'), 'preview/rag.json');
  });
});
