import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { documentsFromFolder } from '../../../scripts/lib/search-documents.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { headingsOf, isSearchDocument, plainText, searchDocuments } from '../../../src/lib/search/documents.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { validNodes } from '../content/fixtures.ts';

describe('headingsOf', () => {
  it('keeps level-2 headings only, in order', () => {
    const body = '# Title\n\nText.\n\n## First\n\nMore.\n\n### Deeper\n\n## Second ##\n\n####### not one\n';
    assert.deepEqual(headingsOf(body), ['First', 'Second']);
  });

  it('skips headings inside fenced code, with backticks or tildes', () => {
    const body = '## Before\n\n```md\n## Not a heading\n```\n\n~~~~\n## Nor this\n```\n## still fenced\n~~~~\n\n## After\n';
    assert.deepEqual(headingsOf(body), ['Before', 'After']);
  });

  it('reduces inline Markdown to the text a reader sees', () => {
    assert.deepEqual(headingsOf('## What **the** [source](https://x.test) says about `top_k`\n'), ['What the source says about top_k']);
    assert.equal(plainText('*Cost*  and   _time_'), 'Cost and time');
  });

  it('ignores a "##" that is not at the start of a line or has no text', () => {
    assert.deepEqual(headingsOf('Text with ## inside.\n##\n##NoSpace\n    ## indented code\n'), []);
  });
});

describe('searchDocuments', () => {
  const graph = () => {
    const { nodes, problems } = validateNodes(validNodes());
    assert.deepEqual(problems, []);
    return buildGraph(nodes);
  };

  it('makes one document per node with its short fields, kind and page path', () => {
    const g = graph();
    const docs = searchDocuments(g.nodes, (id) => (id === 'rag' ? 'Body text.\n\n## Strengths\n\nMore body.\n' : undefined));
    assert.equal(docs.length, g.nodes.length);
    const rag = docs.find((d) => d.id === 'rag')!;
    assert.deepEqual(rag, {
      id: 'rag',
      kind: 'approaches',
      title: 'Approach rag',
      aliases: [],
      headings: ['Strengths'],
      summary: 'About rag.',
      path: 'approaches/rag/',
    });
  });

  it('leaves bodies out of the real documents: no paragraph of any body appears in them', () => {
    const docs = documentsFromFolder('content');
    const json = JSON.stringify(docs);
    const { nodes } = readContent('content');
    assert.equal(docs.length, nodes.length);
    let checked = 0;
    for (const n of nodes) {
      const paragraph = n.body.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p.length > 60 && !p.startsWith('#'));
      if (!paragraph) continue;
      checked++;
      assert.ok(!json.includes(JSON.stringify(paragraph.slice(0, 60)).slice(1, -1)), `body of ${n.id} leaked into search documents`);
    }
    assert.ok(checked > 100, 'most nodes have a body paragraph to check');
  });

  it('gives every real node its headings', () => {
    const docs = documentsFromFolder('content');
    const catastrophic = docs.find((d) => d.id === 'catastrophic-forgetting')!;
    assert.deepEqual(catastrophic.headings, ['Background', 'Mitigation and detection']);
    assert.ok(docs.filter((d) => d.headings.length > 0).length > docs.length * 0.9);
  });
});

describe('isSearchDocument', () => {
  const good = { id: 'rag', kind: 'approaches', title: 'RAG', aliases: [], headings: ['A'], summary: 'S.', path: 'approaches/rag/' };
  it('accepts a well-formed document', () => assert.equal(isSearchDocument(good), true));
  it('rejects a path that is not the node page, an unknown kind or a missing field', () => {
    assert.equal(isSearchDocument({ ...good, path: 'javascript:alert(1)' }), false);
    assert.equal(isSearchDocument({ ...good, path: '//evil.test/' }), false);
    assert.equal(isSearchDocument({ ...good, kind: 'spells', path: 'spells/rag/' }), false);
    assert.equal(isSearchDocument({ ...good, aliases: [1] }), false);
    assert.equal(isSearchDocument({ ...good, title: undefined }), false);
    assert.equal(isSearchDocument(null), false);
  });
});
