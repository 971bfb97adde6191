import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedNode } from '../../../src/lib/content/validate.ts';
import { PAGE_SECTIONS, bodySections, nodeSections } from '../../../src/lib/search/sections.ts';

describe('bodySections', () => {
  it('cuts the body at its headings, with the ids Astro gives them', () => {
    const s = bodySections('Intro text.\n\n## What the sources say\nOne.\n\n### In `code` terms\nTwo.\n\n## What the sources say\nThree.');
    assert.deepEqual(s.map((x) => [x.heading, x.anchor, x.text]), [
      ['', '', 'Intro text.'],
      ['What the sources say', 'what-the-sources-say', 'One.'],
      ['In code terms', 'in-code-terms', 'Two.'],
      ['What the sources say', 'what-the-sources-say-1', 'Three.'],
    ]);
  });

  it('keeps code, list items and table cells as text, and drops markup, MDX statements and table rules', () => {
    const [intro] = bodySections([
      "import X from './x.astro';",
      '- first item with `lora_alpha=16`',
      '1. second <Badge kind="a">item</Badge>',
      '| a | b |', '| --- | --- |', '| cell one | cell two |',
      '```python', 'model = get_peft_model(base) # ## not a heading', '```',
      '> <script>alert(1)</script> quoted',
    ].join('\n'));
    assert.equal(intro!.text, 'first item with lora_alpha=16 second item a b cell one cell two model = get_peft_model(base) # ## not a heading alert(1) quoted');
  });
});

describe('nodeSections', () => {
  const criterion = {
    id: 'latency', kind: 'criteria', file: 'content/criteria/latency.mdx',
    data: {
      title: 'Latency', summary: 'How fast answers must come.', aliases: [], sources: [], question: 'How fast?', group: 'operations', weight: 1,
      relations: [{ type: 'related-to', to: 'rag', note: 'Retrieval adds a hop' }],
      levels: [
        { id: 'low', label: 'Relaxed', description: 'Seconds are fine', effects: [{ approach: 'rag', score: 1, why: 'Time to retrieve', sources: [] }] },
        { id: 'high', label: 'Strict', effects: [{ approach: 'rag', score: -1, why: 'Every hop counts', sources: [] }] },
      ],
    },
  } as unknown as ParsedNode;

  it('opens with the summary and adds the sections the page draws from frontmatter, under their heading ids', () => {
    const s = nodeSections(criterion, 'Body intro.\n\n## Details\nMore.');
    assert.deepEqual(s.map((x) => x.anchor), ['', 'details', PAGE_SECTIONS.levels.anchor, PAGE_SECTIONS.relations.anchor]);
    assert.equal(s[0]!.text, 'How fast answers must come. Body intro.');
    assert.equal(s[2]!.text, 'How fast? Relaxed. Seconds are fine. Time to retrieve. Strict. Every hop counts.');
    assert.equal(s[3]!.text, 'Retrieval adds a hop.');
  });

  it('reads a kind it has never heard of by its body and relation notes', () => {
    const finding = { id: 'f', kind: 'findings', file: 'x', data: { title: 'F', summary: 'S.', aliases: [], sources: [], relations: [] } } as unknown as ParsedNode;
    assert.deepEqual(nodeSections(finding, 'Hello.\n## Result\nForty two.').map((x) => x.text), ['S. Hello.', 'Forty two.']);
  });
});
