/** The nodes the cost view links to exist in the real knowledge base, each of the kind the view expects. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COST_CONTENT_IDS } from '../../../src/lib/cost/content-ids.ts';
import { COST_FIELDS, COST_PRESETS } from '../../../src/lib/cost/url-state.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';

const { nodes } = readContent('content');
const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));

describe('the cost view\'s content ids', () => {
  it('name nodes of the real content, each of the expected kind', () => {
    const wrong = COST_CONTENT_IDS.filter(({ id, kind }) => kindOf.get(id) !== kind).map(({ id, kind }) => `${id}: expected a node of kind ${kind}, found ${kindOf.get(id) ?? 'none'}`);
    assert.deepEqual(wrong, []);
  });

  it('cover every source an input cites and every use case a preset names', () => {
    const listed = new Set(COST_CONTENT_IDS.map((c) => c.id));
    const missing = [...COST_FIELDS.flatMap((f) => f.sources), ...COST_PRESETS.map((p) => p.useCase)].filter((id) => !listed.has(id));
    assert.deepEqual(missing, []);
  });

  it('include the vendors\' caching terms behind the cached-token price', () => {
    assert.ok(COST_CONTENT_IDS.some((c) => c.id === 'prompt-caching-terms' && c.kind === 'sources'));
  });
});
