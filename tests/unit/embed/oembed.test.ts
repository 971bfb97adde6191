import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oembedDocument } from '../../../src/lib/embed/oembed.ts';

describe('oembedDocument', () => {
  const input = { title: 'RAG', providerName: 'Retrieve or Tune', providerUrl: 'https://example.org/', html: '<iframe></iframe>', width: 640, height: 480 };

  it('is a rich 1.0 response with every field the spec requires for rich', () => {
    const doc = oembedDocument(input);
    assert.equal(doc.type, 'rich');
    assert.equal(doc.version, '1.0');
    for (const field of ['html', 'width', 'height', 'title', 'provider_name', 'provider_url'] as const) assert.ok(doc[field], field);
  });

  it('refuses sizes that are not positive whole pixels', () => {
    assert.throws(() => oembedDocument({ ...input, width: 0 }));
    assert.throws(() => oembedDocument({ ...input, height: 12.5 }));
  });
});
